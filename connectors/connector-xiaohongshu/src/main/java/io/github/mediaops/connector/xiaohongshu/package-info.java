/**
 * Xiaohongshu (小红书, RED). The platform has <b>no public API to publish notes or to read their metrics</b>
 * for ordinary brand and creator accounts (see {@code platform-apis.md} §4 and {@code platform-apis-2.md} §5),
 * so this module works the way operators do:
 * <ul>
 *   <li>{@link io.github.mediaops.connector.xiaohongshu.XiaohongshuHandoff} adapts a master item to the note
 *       rules, checks it for compliance, crops its images to the note ratios and writes a hand-off package
 *       (folder or zip with {@code manifest.json}) that a person or an RPA tool posts, on connector-support's
 *       {@link io.github.mediaops.connector.support.handoff.HandoffPublisher}; it implements core's
 *       {@link io.github.mediaops.core.connector.Publishing}, the ticket turning PUBLISHED once the note id is
 *       recorded;</li>
 *   <li>{@link io.github.mediaops.connector.support.handoff.HandoffRegistry} keeps hand-off id → note id, in a
 *       small JSON file or in memory ({@code XiaohongshuHandoff.registry(Path)}, {@code inMemoryRegistry()});</li>
 *   <li>{@link io.github.mediaops.connector.xiaohongshu.NoteDataImporter} reads the creator center's note-data
 *       export (笔记数据 / 笔记列表明细表, xlsx or csv) into {@link io.github.mediaops.core.metrics.ContentMetrics}
 *       snapshots, attaching each row to its note through the registry.</li>
 * </ul>
 */
package io.github.mediaops.connector.xiaohongshu;
