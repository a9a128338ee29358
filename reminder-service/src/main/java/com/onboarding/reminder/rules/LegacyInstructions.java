package com.onboarding.reminder.rules;

import com.onboarding.events.Platforms;
import java.util.List;

/**
 * Procedure IV for a customer still on the legacy ScreenConnect command file: what a person must add to
 * {@code Users - leave PCs on.cmd} by hand (no API reaches that server), as the step's WAITING_FOR_PERSON message.
 * <ul>
 * <li>a <b>business</b> customer: one new command line, its own subject, addresses and message text file;</li>
 * <li>a <b>residential</b> customer: its addresses added to the {@code -bcc} list of the one shared command
 * "Reminder for NY Geek Girls RMM Customers" (never a command of its own), and the shared line as it then reads.</li>
 * </ul>
 * Every address passes {@link EmailAddress} and the subject {@link CommandText} (through {@link LegacyCommandFile#line}),
 * so the lines can be pasted as they are.
 */
public final class LegacyInstructions {

    public static final String FILE = "Users - leave PCs on.cmd";

    private LegacyInstructions() {
    }

    /** A business customer's own command. */
    public static String newCommand(LegacyCommandFile.Command command, Platforms platforms, String sender) {
        String line = LegacyCommandFile.line(command, sender);
        return "Legacy reminder (ScreenConnect server): add this new command as one line to '" + FILE + "':\n" + line
                + "\nMessage text file to pick: '" + command.textFile() + "' (" + platformsName(platforms) + ").\n"
                + "Then confirm this step with a note (or the ticket number) saying it was added.";
    }

    /**
     * A residential customer's addresses added to the BCC of the shared command; {@code shared} is that command with
     * every legacy residential address, this customer's included.
     */
    public static String bccAddition(List<String> added, LegacyCommandFile.Command shared, String sender) {
        String line = LegacyCommandFile.line(shared, sender);
        List<String> addresses = added.stream().map(EmailAddress::strict).sorted().toList();
        return "Legacy reminder (ScreenConnect server): in '" + FILE + "', add " + String.join(",", addresses)
                + " to the -bcc list of the command with -subject \"" + ReminderPlan.SHARED_RESIDENTIAL_SUBJECT + "\""
                + " (comma-separated, no spaces); the line then reads:\n" + line
                + "\nMessage text file to pick: '" + shared.textFile() + "' (the shared residential text).\n"
                + "Then confirm this step with a note (or the ticket number) saying it was added.";
    }

    private static String platformsName(Platforms platforms) {
        return switch (platforms) {
            case WINDOWS -> "Windows computers";
            case MAC -> "Mac computers";
            case BOTH -> "Windows and Mac computers";
        };
    }
}
