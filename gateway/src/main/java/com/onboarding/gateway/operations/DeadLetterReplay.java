package com.onboarding.gateway.operations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A dead letter that was republished to its original topic: each is replayed at most once. */
@Entity
@Table(name = "dead_letter_replay")
public class DeadLetterReplay extends PanacheEntityBase {

    /** {@code topic/partition/offset} of the dead letter. */
    @Id
    public String id;

    @Column(name = "original_topic", nullable = false)
    public String originalTopic;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "replayed_by", nullable = false)
    public String replayedBy;

    @Column(name = "replayed_at", nullable = false)
    public OffsetDateTime replayedAt;
}
