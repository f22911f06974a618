package io.github.mediaops.connector.support.upload;

/**
 * One part of an upload.
 *
 * @param index  position among the parts, from 0
 * @param number the number the platform expects for this part ({@code firstPartNumber + index})
 * @param count  how many parts the upload has
 * @param offset first byte of the part in the source
 * @param length bytes in the part
 */
public record UploadPart(int index, int number, int count, long offset, long length) {

    /** Whether this is the last part (platforms may let it be smaller than the minimum). */
    public boolean last() {
        return index == count - 1;
    }
}
