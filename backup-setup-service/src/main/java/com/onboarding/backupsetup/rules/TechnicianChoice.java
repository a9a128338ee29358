package com.onboarding.backupsetup.rules;

import java.util.List;

/**
 * Who is assigned to the backup setup ticket ("Assign a resource to the ticket(s)"): the default backup technician,
 * or the technicians in turn (round robin, one turn per onboarding). Autotask needs the resource together with the
 * role it works the ticket in.
 */
public final class TechnicianChoice {

    public record Technician(long resourceId, long roleId) {
    }

    public static final String DEFAULT_TECHNICIAN = "default-technician";
    public static final String ROUND_ROBIN = "round-robin";

    private TechnicianChoice() {
    }

    /** @param turn this onboarding's turn (0, 1, 2, ... as onboardings arrive) */
    public static Technician choose(String rule, List<Technician> technicians, long turn) {
        if (technicians == null || technicians.isEmpty()) {
            throw new IllegalStateException("No backup technician is configured (backup.assignment.technicians)");
        }
        return switch (rule) {
            case DEFAULT_TECHNICIAN -> technicians.get(0);
            case ROUND_ROBIN -> technicians.get((int) Math.floorMod(turn, (long) technicians.size()));
            default -> throw new IllegalStateException("Unknown assignment rule '" + rule + "' (backup.assignment.rule): use "
                    + DEFAULT_TECHNICIAN + " or " + ROUND_ROBIN);
        };
    }

    /** A resource someone already assigned in Autotask is kept: the suite assigns only an unassigned ticket. */
    public static boolean mayAssign(Long currentResourceId) {
        return currentResourceId == null || currentResourceId == 0;
    }
}
