package io.github.mediaops.connector.support.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadListenerTest {

    @Test
    void a_journaled_listener_hands_each_checkpoint_to_the_journal_first_and_forwards_progress() {
        List<String> calls = new ArrayList<>();
        UploadListener host = new UploadListener() {
            @Override
            public void onProgress(UploadProgress p) {
                calls.add("progress " + p.bytesDone());
            }

            @Override
            public void onCheckpoint(UploadState s) {
                calls.add("host " + s.completedParts().size());
            }
        };
        UploadListener l = host.journaledBy(s -> calls.add("journal " + s.completedParts().size()));
        UploadState state = new UploadState("session", 10, 5, 2, 1, new java.util.TreeMap<>());
        UploadPart first = state.part(0);
        l.onCheckpoint(state);
        l.onProgress(new UploadProgress(5, 10, first, 1, false));
        l.onCheckpoint(state.withCompleted(first, "d41d8cd98f00b204e9800998ecf8427e"));
        assertThat(calls).containsExactly("journal 0", "host 0", "progress 5", "journal 1", "host 1");
    }
}
