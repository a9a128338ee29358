package com.onboarding.reminder;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dry run of the legacy command file: it lists customers' e-mail addresses, so staff tokens only. */
@Path("/reminders")
@RolesAllowed({"staff", "admin"})
public class ReminderResource {

    private final LeaveOnReminders reminders;

    public ReminderResource(LeaveOnReminders reminders) {
        this.reminders = reminders;
    }

    @GET
    @Path("/legacy-command-file")
    @Produces(MediaType.TEXT_PLAIN)
    @Blocking
    @Operation(summary = "Dry run: the 'Users - leave PCs on.cmd' file rendered from the stored reminders (CRLF, stable)")
    public String legacyCommandFile() {
        return reminders.legacyCommandFile();
    }
}
