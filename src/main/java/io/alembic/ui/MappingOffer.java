package io.alembic.ui;

import io.alembic.formats.GatewayMapping;
import io.alembic.formats.GatewaySample;
import javafx.concurrent.Task;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * After an import found no known format: looks (off the FX thread) for a CSV or JSONL file in what was imported and
 * for the mapping the case last used for its header, then offers the mapping dialog. When there is nothing to map,
 * the original refusal is shown instead.
 */
final class MappingOffer {
    private record Found(GatewaySample sample, GatewayMapping last) {}

    private final CaseSession session;
    private final Window owner;
    private final Consumer<String> status;
    private MappingDialog showing;

    MappingOffer(CaseSession session, Window owner, Consumer<String> status) {
        this.session = session;
        this.owner = owner;
        this.status = status;
    }

    /** The dialog on screen, or null. */
    MappingDialog dialog() { return showing; }

    void offer(Path bundle, Consumer<ImportTask.Mapping> chosen, Runnable nothingToMap) {
        Task<Optional<Found>> look = session.query(c -> {
            Optional<GatewaySample> sample = GatewaySample.find(bundle, GatewaySample.DEFAULT_ROWS);
            if (sample.isEmpty()) return Optional.empty();
            return Optional.of(new Found(sample.get(), c.rememberedGatewayMapping(sample.get().headerKey()).orElse(null)));
        });
        look.setOnSucceeded(e -> {
            Optional<Found> found = look.getValue();
            if (found.isEmpty()) {
                nothingToMap.run();
                return;
            }
            MappingDialog d = new MappingDialog(owner, found.get().sample(), found.get().last());
            showing = d;
            d.setOnHidden(h -> {
                showing = null;
                if (d.getResult() == null) status.accept("Nothing imported from " + bundle.getFileName() + ": no column mapping chosen");
            });
            d.resultProperty().addListener((o, was, m) -> {
                if (m != null) chosen.accept(new ImportTask.Mapping(m, found.get().sample().headerKey()));
            });
            status.accept("Map the columns of " + found.get().sample().file().getFileName() + " to import it");
            d.show();
        });
        look.setOnFailed(e -> nothingToMap.run());
    }
}
