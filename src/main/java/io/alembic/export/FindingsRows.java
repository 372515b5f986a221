package io.alembic.export;

import io.alembic.detect.AccountResult;

import java.util.List;
import java.util.Set;

/** The detection results of the accounts an export's records belong to, in the run's order (highest score first). */
final class FindingsRows {
    private FindingsRows() { }

    static List<AccountResult> of(ExportContext context, Set<String> accountIds) {
        return context.ranked().stream().filter(a -> accountIds.contains(a.accountId())).toList();
    }
}
