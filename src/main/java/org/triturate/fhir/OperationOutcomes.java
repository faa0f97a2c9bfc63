package org.triturate.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.triturate.common.problem.ErrorCode;
import org.triturate.common.problem.Problem;
import org.triturate.common.problem.Violation;

/**
 * A problem as the FHIR endpoints answer it: an OperationOutcome with one error issue per violation, its code in
 * {@code details.coding[0]} (system {@code urn:triturate:rule}), the FHIR path in {@code expression} where the
 * violation names one and the field of the order otherwise in {@code diagnostics}.
 */
public final class OperationOutcomes {

    private static final String FHIR_PATH_ROOT = "MedicationRequest";

    private OperationOutcomes() {}

    public static OperationOutcome of(Problem problem) {
        OperationOutcome outcome = new OperationOutcome();
        for (Violation violation : problem.violations()) {
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                    .setSeverity(problem.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                    .setCode(issueType(violation.code()))
                    .setDetails(new CodeableConcept()
                            .addCoding(new Coding(
                                    FhirSystems.RULE, violation.code().name(), null))
                            .setText(violation.message()));
            String field = violation.field();
            if (field != null && field.startsWith(FHIR_PATH_ROOT)) {
                issue.addExpression(field);
            } else if (field != null) {
                issue.setDiagnostics("Order field " + field);
            }
        }
        return outcome;
    }

    /** The FHIR issue type of one of our codes, by the status it answers with. */
    static IssueType issueType(ErrorCode code) {
        return switch (code.status()) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412, 428 -> IssueType.CONFLICT;
            case 413, 414, 431 -> IssueType.TOOLONG;
            case 429 -> IssueType.THROTTLED;
            case 422 -> IssueType.PROCESSING;
            case 503 -> IssueType.TRANSIENT;
            default -> IssueType.EXCEPTION;
        };
    }
}
