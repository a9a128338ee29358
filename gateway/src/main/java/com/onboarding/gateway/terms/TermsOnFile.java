package com.onboarding.gateway.terms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A customer (account) whose signed general consulting T&amp;C agreement is on file, and how it got there. */
@Entity
@Table(name = "terms_on_file")
public class TermsOnFile extends PanacheEntityBase {

    /** The account name, lower case: the same customer however it is capitalised. */
    @Id
    @Column(name = "account_key")
    public String accountKey;

    @Column(name = "account_name", nullable = false)
    public String accountName;

    /**
     * docusign (the gateway's T&amp;C envelope completed), docusign-search (a completed T&amp;C envelope found in
     * DocuSign), autotask-udf (the Autotask company field) or staff (recorded by a person, with evidence).
     */
    @Column(nullable = false)
    public String source;

    @Column(name = "envelope_id")
    public String envelopeId;

    /** What proves it: the person's evidence (ticket number, note: where the paper copy is) or the record found. */
    @Column(columnDefinition = "text")
    public String evidence;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static String key(String accountName) {
        return accountName == null ? "" : accountName.trim().toLowerCase(Locale.ROOT);
    }
}
