package org.triturate.fhir;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;

/** What the FHIR endpoints offer, as the CapabilityStatement of GET /fhir/r4/metadata. */
public final class ServerCapabilities {

    public static final String PATIENT_SEARCH_PARAMETER = "patient";

    private ServerCapabilities() {}

    public static CapabilityStatement statement(Date since) {
        CapabilityStatement statement = new CapabilityStatement()
                .setStatus(Enumerations.PublicationStatus.ACTIVE)
                .setDate(since)
                .setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1)
                .setName("Triturate")
                .setTitle("Triturate compounding orders as FHIR R4 MedicationRequests");
        statement.getSoftware().setName("Triturate");
        // An instance statement describes this installation (rule cpb-14 of R4 requires its implementation).
        statement.getImplementation().setDescription("Triturate compounding order service");
        statement.addFormat("json");
        statement.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest =
                statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .addService(new CodeableConcept()
                        .addCoding(new Coding(
                                "http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth"))
                        .setText("Bearer tokens from POST /api/v1/auth/token"));
        CapabilityStatement.CapabilityStatementRestResourceComponent medicationRequest =
                rest.addResource().setType("MedicationRequest");
        medicationRequest.addInteraction().setCode(TypeRestfulInteraction.CREATE);
        medicationRequest.addInteraction().setCode(TypeRestfulInteraction.READ);
        medicationRequest.addInteraction().setCode(TypeRestfulInteraction.VREAD);
        medicationRequest.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        medicationRequest
                .addSearchParam()
                .setName(PATIENT_SEARCH_PARAMETER)
                .setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("The patient's id, or Patient/<id>");
        medicationRequest.addSearchParam().setName("_count").setType(Enumerations.SearchParamType.NUMBER);
        medicationRequest
                .addSearchParam()
                .setName("_page")
                .setType(Enumerations.SearchParamType.NUMBER)
                .setDocumentation("The 0-based page of the search, as the Bundle's next and previous links give it");
        return statement;
    }
}
