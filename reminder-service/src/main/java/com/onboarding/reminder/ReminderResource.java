package com.onboarding.reminder;

import com.onboarding.reminder.rules.LegacyCommandFile;
import com.onboarding.reminder.store.ReminderBook;
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

    private final ReminderBook book;
    private final ReminderConfig config;

    public ReminderResource(ReminderBook book, ReminderConfig config) {
        this.book = book;
        this.config = config;
    }

    @GET
    @Path("/legacy-command-file")
    @Produces(MediaType.TEXT_PLAIN)
    @Blocking
    @Operation(summary = "Dry run: 'Users - leave PCs on.cmd' as it should be on the ScreenConnect server, rendered from"
            + " the reminders of legacy customers only (Power Automate ones are not in it: pasting it never double-sends)")
    public String legacyCommandFile() {
        return LegacyCommandFile.render(book.legacyCommands(), config.sender());
    }
}
