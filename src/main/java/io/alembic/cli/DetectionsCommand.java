package io.alembic.cli;

import io.alembic.casefile.Case;
import io.alembic.casefile.CaseException;
import io.alembic.casefile.DetectionOrigin;
import io.alembic.detect.DetectionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "detections", mixinStandardHelpOptions = true,
        description = "Show the stored detection results without running detection: the last run on this machine, or the "
                + "findings a reduced bundle brought from an upstream job (marked \"computed upstream by job J, rules version V\").")
final class DetectionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--json", description = "Print the result as one JSON document (the detect command's, with \"origin\").")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Optional<DetectionReport> report;
        Optional<DetectionOrigin> origin;
        try (Case c = Case.open(caseOption.dir)) {
            report = c.detections();
            origin = c.detectionOrigin();
        }
        if (report.isEmpty()) throw new CaseException(caseOption.dir + ": no stored detection results; run detect");
        DetectCommand.print(spec.commandLine().getOut(), report.get(), origin.orElse(null), json);
        return Main.OK;
    }
}
