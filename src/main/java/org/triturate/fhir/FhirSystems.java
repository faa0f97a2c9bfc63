package org.triturate.fhir;

/** The code systems and extension URLs of the FHIR mapping (docs/fhir.md). */
public final class FhirSystems {

    public static final String DOSAGE_FORM = "urn:triturate:dosage-form";
    public static final String INGREDIENT = "urn:triturate:ingredient";
    public static final String ALLERGEN_CLASS = "urn:triturate:allergen-class";
    public static final String RATIONALE = "urn:triturate:rationale";
    public static final String RULE = "urn:triturate:rule";
    public static final String ORDER_NUMBER = "urn:triturate:order-number";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    public static final String UCUM = "http://unitsofmeasure.org";

    public static final String INFORMED_CONSENT = "urn:triturate:informed-consent";
    public static final String RECEIVED_VIA = "urn:triturate:received-via";
    public static final String RELEASE_TYPE = "urn:triturate:release-type";
    public static final String REASSESS_BY = "urn:triturate:reassess-by";

    /** The one contained Medication of every MedicationRequest this service writes. */
    public static final String MEDICATION_ID = "medication";

    private FhirSystems() {}
}
