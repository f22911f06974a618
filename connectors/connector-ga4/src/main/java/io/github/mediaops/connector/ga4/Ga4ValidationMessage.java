package io.github.mediaops.connector.ga4;

/**
 * One finding of the Measurement Protocol validation server ({@code /debug/mp/collect}), as GA4 sends it. Codes per
 * https://developers.google.com/analytics/devguides/collection/protocol/ga4/validating-events: {@code VALUE_INVALID},
 * {@code VALUE_REQUIRED}, {@code NAME_INVALID}, {@code NAME_RESERVED}, {@code VALUE_OUT_OF_BOUNDS},
 * {@code EXCEEDED_MAX_ENTITIES}, {@code NAME_DUPLICATED}.
 *
 * @param fieldPath      the path of the field at fault ({@code events}, {@code client_id}); empty when not sent
 * @param description    GA4's description
 * @param validationCode GA4's code
 */
public record Ga4ValidationMessage(String fieldPath, String description, String validationCode) {
    public Ga4ValidationMessage {
        fieldPath = fieldPath == null ? "" : fieldPath;
        description = description == null ? "" : description;
        validationCode = validationCode == null ? "" : validationCode;
    }
}
