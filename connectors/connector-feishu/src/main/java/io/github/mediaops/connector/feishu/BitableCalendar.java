package io.github.mediaops.connector.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mediaops.connector.support.ConnectorRuntime;
import io.github.mediaops.core.plan.EntryStatus;
import io.github.mediaops.core.plan.PlanEntry;
import io.github.mediaops.core.validate.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * A content calendar kept as records of one Bitable (多维表格) table: entries created (once per idempotency
 * key), updated, and their stage read back after people move it in Feishu. Get one from
 * {@link FeishuConnector#calendar(String, String)}.
 *
 * <p>Calls: {@code POST /open-apis/bitable/v1/apps/:app_token/tables/:table_id/records} (create, with
 * Feishu's {@code client_token} derived from the idempotency key), {@code PUT .../records/:record_id}
 * (update) and {@code GET .../records/:record_id} (read), each with the tenant access token.
 */
public final class BitableCalendar {
    static final String RECORDS = "open-apis/bitable/v1/apps/tables/records";

    private final FeishuOpenApi api;
    private final ConnectorRuntime runtime;
    private final String appToken;
    private final String tableId;
    private final BitableCalendarFields fields;

    BitableCalendar(FeishuOpenApi api, ConnectorRuntime runtime, String appToken, String tableId,
                    BitableCalendarFields fields) {
        this.api = api;
        this.runtime = runtime;
        this.appToken = Checks.notBlank(appToken, "appToken");
        this.tableId = Checks.notBlank(tableId, "tableId");
        this.fields = Checks.notNull(fields, "fields");
    }

    /**
     * The record of one calendar entry as Feishu answered it.
     *
     * @param recordId Feishu's record id
     * @param entryId  the entry id column's value, empty when the cell is empty
     * @param status   the stage its status column holds, {@code null} when that cell is empty (Bitable leaves
     *                 empty cells out of its answers); see {@link #stage()}
     */
    public record EntryRecord(String recordId, String entryId, EntryStatus status) {
        /** The stage, empty when the record's status cell is empty. */
        public Optional<EntryStatus> stage() {
            return Optional.ofNullable(status);
        }
    }

    /**
     * Creates the entry's record once per idempotency key: a repeat with the same key returns the first
     * record without creating another (the key is kept in the connector's {@code IdempotencyStore}, and
     * Feishu's own {@code client_token} guards the same request on its side).
     */
    public EntryRecord create(PlanEntry entry, String idempotencyKey) {
        Checks.notNull(entry, "entry");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        String clientToken = UUID.nameUUIDFromBytes((tableId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        return runtime.once("feishu-bitable:" + appToken + ":" + tableId, idempotencyKey, EntryRecord.class, () -> {
            FeishuOpenApi.RecordResponse r = runtime.create(RECORDS, token -> api.createRecord(bearer(token), appToken,
                    tableId, clientToken, new FeishuOpenApi.RecordBody(row(entry))));
            return toEntry(r, "create");
        });
    }

    /** Writes the entry's current title, slot, owner and stage to its record (safe to repeat). */
    public EntryRecord update(String recordId, PlanEntry entry) {
        Checks.notBlank(recordId, "recordId");
        Checks.notNull(entry, "entry");
        FeishuOpenApi.RecordResponse r = runtime.write(RECORDS, token -> api.updateRecord(bearer(token), appToken,
                tableId, recordId, new FeishuOpenApi.RecordBody(row(entry))));
        return toEntry(r, "update");
    }

    /** Reads the record's stage as people left it in Feishu. */
    public EntryRecord read(String recordId) {
        Checks.notBlank(recordId, "recordId");
        FeishuOpenApi.RecordResponse r = runtime.read(RECORDS, token -> api.getRecord(bearer(token), appToken, tableId, recordId));
        return toEntry(r, "get");
    }

    /**
     * Syncs the stage back: reads the record and returns {@code entry} with the record's stage
     * ({@code entry} itself when the stage is unchanged or the status cell was emptied).
     */
    public PlanEntry syncStatus(PlanEntry entry, String recordId) {
        Checks.notNull(entry, "entry");
        EntryStatus now = read(recordId).status();
        return now == null || now == entry.status() ? entry : entry.withStatus(now);
    }

    private ObjectNode row(PlanEntry e) {
        ObjectNode f = JsonNodeFactory.instance.objectNode();
        f.put(fields.title(), e.title());
        f.put(fields.at(), e.at().toEpochMilli());
        f.put(fields.platform(), e.platform().displayName());
        f.put(fields.owner(), e.owner());
        f.put(fields.entryId(), e.id());
        f.put(fields.status(), fields.labels().get(e.status()));
        return f;
    }

    private EntryRecord toEntry(FeishuOpenApi.RecordResponse r, String what) {
        FeishuOpenApi.Record rec = r == null || r.data() == null ? null : r.data().record();
        String id = rec == null ? null : (rec.recordId() != null ? rec.recordId() : rec.id());
        if (id == null || id.isBlank()) {
            throw FeishuConnector.WIRE.unexpected(RECORDS, "record " + what + " answered without record_id");
        }
        JsonNode cells = rec.fields() == null ? JsonNodeFactory.instance.objectNode() : rec.fields(); // empty cells are left out
        JsonNode status = cells.path(fields.status());
        if (status.isMissingNode() || status.isNull()) {
            return new EntryRecord(id, cells.path(fields.entryId()).asText(""), null);
        }
        if (!status.isTextual()) {
            throw FeishuConnector.WIRE.unexpected(RECORDS, "record " + id + " column '" + fields.status()
                    + "' is not a single-select value: " + status.getNodeType());
        }
        String label = status.asText();
        EntryStatus stage = fields.stageOf(label).orElseThrow(() -> FeishuConnector.WIRE.unexpected(RECORDS,
                "record " + id + " column '" + fields.status() + "' holds '" + label
                        + "', which is none of the stage labels " + fields.labels().values()));
        return new EntryRecord(id, cells.path(fields.entryId()).asText(""), stage);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Override
    public String toString() {
        return "BitableCalendar[app=" + appToken + ", table=" + tableId + "]";
    }
}
