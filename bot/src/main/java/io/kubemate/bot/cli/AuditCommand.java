package io.kubemate.bot.cli;

import picocli.CommandLine.Command;

@Command(name = "audit", description = "Work with the audit log.", subcommands = AuditVerifyCommand.class)
final class AuditCommand {
}
