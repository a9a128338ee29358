package com.onboarding.gateway.web;

import com.onboarding.gateway.onboarding.Onboarding;
import com.onboarding.gateway.staff.AuditEntry;
import com.onboarding.gateway.terms.TermsAndConditions;
import com.onboarding.gateway.terms.TermsOnFile;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A customer's history: every onboarding of the account, its T&C record and the audit trail of those onboardings. */
@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CustomerResource {

    /**
     * @param termsOnFile    the signed T&C agreement is on file (recorded, or named in the configuration)
     * @param termsRecord    how and when it was recorded, if through the suite
     */
    public record Customer(String accountName, boolean termsOnFile, TermsRecord termsRecord, List<BoardResource.Row> onboardings,
            List<AuditEntry> audit) {
    }

    /**
     * @param source     docusign, docusign-search, autotask-udf or staff
     * @param evidence   the record found (envelope, Autotask field) or the person's evidence (ticket number, note)
     * @param recordedBy who recorded a paper T&amp;C
     */
    public record TermsRecord(String source, String envelopeId, String evidence, String recordedBy, OffsetDateTime recordedAt) {
    }

    private final TermsAndConditions terms;

    public CustomerResource(TermsAndConditions terms) {
        this.terms = terms;
    }

    @GET
    @Path("/{accountName}")
    @RolesAllowed({"staff", "operator", "admin"})
    @Transactional
    @Operation(summary = "A customer by account name (case-insensitive): its onboardings newest first, T&C record, and the "
            + "audit trail of its onboardings (newest first, at most 500)")
    public Customer get(@PathParam("accountName") String accountName) {
        List<Onboarding> onboardings = Onboarding.list("lower(accountName) = ?1 order by createdAt desc",
                accountName.trim().toLowerCase(Locale.ROOT));
        TermsOnFile record = TermsOnFile.findById(TermsOnFile.key(accountName));
        if (onboardings.isEmpty() && record == null) {
            throw new NotFoundException("No customer " + accountName);
        }
        String name = onboardings.isEmpty() ? record.accountName : onboardings.get(0).accountName;
        List<AuditEntry> audit = onboardings.isEmpty() ? List.of()
                : AuditEntry.<AuditEntry>find("onboardingId in ?1 order by id desc", onboardings.stream().map(o -> o.id).toList())
                        .page(0, 500).list();
        return new Customer(name, terms.onFile(name),
                record == null ? null : new TermsRecord(record.source, record.envelopeId, record.evidence,
                        record.recordedBy, record.recordedAt),
                onboardings.stream().map(BoardResource::row).toList(), audit);
    }
}
