package io.github.mediaops.connector.support.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/**
 * A made-up platform's chunked-upload API on loopback, keeping state as a platform does:
 * {@code POST /init} opens a session, {@code POST /part?upload_id=&part_number=} stores a part (a
 * second copy replaces the first) and answers with its size and MD5, {@code GET /parts?upload_id=} lists
 * held parts, {@code POST /complete?upload_id=} joins them. Faults: drop the connection after storing
 * a part, report a wrong size, forget a part, refuse with 403.
 */
final class PartServer extends Dispatcher {
    final MockWebServer server = new MockWebServer();
    final List<Integer> partsReceived = new CopyOnWriteArrayList<>();
    final AtomicInteger inits = new AtomicInteger();
    final AtomicInteger completes = new AtomicInteger();
    final Map<Integer, Integer> dropAfterStoring = new ConcurrentHashMap<>();
    final Map<Integer, Integer> reportWrongSize = new ConcurrentHashMap<>();
    final Set<Integer> refuse = ConcurrentHashMap.newKeySet();
    final AtomicInteger dropCompletes = new AtomicInteger();
    private final Map<String, TreeMap<Integer, byte[]>> sessions = new ConcurrentHashMap<>();
    volatile byte[] assembled;

    PartServer() throws IOException {
        server.setDispatcher(this);
        server.start();
    }

    int requestCount() {
        return server.getRequestCount();
    }

    void forget(String uploadId, int partNumber) {
        sessions.get(uploadId).remove(partNumber);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String id = request.getUrl().queryParameter("upload_id");
        switch (path) {
            case "/init" -> {
                String newId = "up-" + inits.incrementAndGet();
                sessions.put(newId, new TreeMap<>());
                return json("{\"upload_id\":\"" + newId + "\"}");
            }
            case "/part" -> {
                int n = Integer.parseInt(request.getUrl().queryParameter("part_number"));
                partsReceived.add(n);
                if (refuse.contains(n)) {
                    return new MockResponse.Builder().code(403).body("{\"error\":\"no permission\"}").build();
                }
                byte[] bytes = request.getBody().toByteArray();
                sessions.get(id).put(n, bytes);
                if (dropAfterStoring.merge(n, -1, Integer::sum) >= 0) {
                    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                }
                long reported = bytes.length;
                if (reportWrongSize.merge(n, -1, Integer::sum) >= 0) {
                    reported = bytes.length - 1;
                }
                return json("{\"size\":" + reported + ",\"md5\":\"" + PartBody.md5Hex(bytes) + "\"}");
            }
            case "/parts" -> {
                return json("{\"parts\":" + new ArrayList<>(sessions.get(id).keySet()) + "}");
            }
            case "/complete" -> {
                completes.incrementAndGet();
                if (dropCompletes.getAndDecrement() > 0) {
                    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                }
                TreeMap<Integer, byte[]> parts = sessions.get(id);
                int expected = Integer.parseInt(request.getUrl().queryParameter("part_count"));
                if (parts.size() != expected || parts.firstKey() != 1 || parts.lastKey() != expected) {
                    return new MockResponse.Builder().code(400).body("{\"error\":\"parts missing\"}").build();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                parts.values().forEach(out::writeBytes);
                assembled = out.toByteArray();
                return json("{\"file_md5\":\"" + PartBody.md5Hex(assembled) + "\"}");
            }
            default -> {
                return new MockResponse.Builder().code(404).build();
            }
        }
    }

    List<Integer> partsReceivedSorted() {
        List<Integer> copy = new ArrayList<>(partsReceived);
        Collections.sort(copy);
        return copy;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    void shutdown() throws IOException {
        server.close();
    }
}
