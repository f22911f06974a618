/**
 * Platform-free chunked (multipart) upload: {@link io.github.mediaops.connector.support.upload.ChunkedUpload}
 * splits a source into parts by a platform's {@link io.github.mediaops.connector.support.upload.PartRules},
 * sends them in order through the platform's {@link io.github.mediaops.connector.support.upload.UploadProtocol}
 * (init, one call per part, complete), reports progress to an
 * {@link io.github.mediaops.connector.support.upload.UploadListener}, checks what the platform reports about
 * each part (size, MD5) and, after a failure, resumes from a serialisable
 * {@link io.github.mediaops.connector.support.upload.UploadState} without sending finished parts again.
 *
 * <p>A platform module writes only its {@code UploadProtocol} (three or four HTTP calls) and its
 * {@code PartRules}; see {@code connectors/CONNECTORS.md} §10.
 */
package io.github.mediaops.connector.support.upload;
