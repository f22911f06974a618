/**
 * Importers for the exports of third-party data tools the operators read their numbers in:
 * {@link io.github.mediaops.connector.datatools.NewrankImporter 新榜 (Newrank)} account rank lists and
 * {@link io.github.mediaops.connector.datatools.ChanmamaImporter 蝉妈妈 (Chanmama)} product and talent (达人)
 * lists, as xlsx or csv (UTF-8, UTF-8 with BOM, GBK). Built on {@code connector-imports}: configurable
 * column maps, exact units ({@code 1.2w}, {@code 3.5万}, {@code 1.1亿}, ranges {@code 7.5w~10w}, {@code 12.3%}),
 * dates in the tool's zone, and bad rows reported by row and column without losing the others.
 *
 * <p>The paid APIs of both tools (Newrank's {@code Key}-header API, Chanmama's key gateway) are not
 * implemented here.
 */
package io.github.mediaops.connector.datatools;
