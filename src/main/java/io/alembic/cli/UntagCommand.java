package io.alembic.cli;

import picocli.CommandLine.Command;

@Command(name = "untag", mixinStandardHelpOptions = true,
        description = {"Remove a tag from records, accounts, API keys, IPs, or every hit of a query.",
                "Removal is soft: the assignment is kept with who removed it and when. Undoable with 'undo'."})
final class UntagCommand extends TagCommand {
    @Override
    boolean removing() { return true; }
}
