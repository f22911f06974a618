package io.github.mediaops.connector.ga4;

import io.github.mediaops.connector.support.ErrorKind;
import io.github.mediaops.connector.support.ErrorTable;
import io.github.mediaops.connector.support.PlatformWireValues;
import io.github.mediaops.connector.support.WireValues;
import io.github.mediaops.core.platform.Platform;

/**
 * Google's error body {@code {"error":{"code":429,"message":"...","status":"RESOURCE_EXHAUSTED"}}} (the canonical
 * {@code google.rpc.Code} names, https://cloud.google.com/apis/design/errors) and what each status means here.
 */
final class Ga4Errors {
    static final Platform PLATFORM = Platform.GOOGLE_ANALYTICS;
    static final PlatformWireValues WIRE = WireValues.of(PLATFORM);

    static final ErrorTable TABLE = ErrorTable.builder(PLATFORM)
            .codeAt("/error/status").messageAt("/error/message")
            .map(ErrorKind.TOKEN_EXPIRED, "UNAUTHENTICATED")
            .map(ErrorKind.PERMISSION_DENIED, "PERMISSION_DENIED")
            .map(ErrorKind.RATE_LIMITED, "RESOURCE_EXHAUSTED")
            .map(ErrorKind.INVALID_REQUEST, "INVALID_ARGUMENT", "FAILED_PRECONDITION", "OUT_OF_RANGE")
            .map(ErrorKind.NOT_FOUND, "NOT_FOUND")
            .map(ErrorKind.TRANSIENT, "UNAVAILABLE", "INTERNAL", "DEADLINE_EXCEEDED", "ABORTED", "UNKNOWN")
            .build();

    private Ga4Errors() {
    }
}
