package dev.rolecall.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, byte by byte: it can
 * answer 200 with HTML or broken JSON, send no choices, send a huge reply, close the connection in
 * the middle of a body, or accept a request and never answer. It records each request's target
 * (path and query) and headers, so tests can check what rolecall sent and echo it back. Unlike
 * {@link FakeOpenAiServer} (com.sun.net.httpserver), nothing here is made well-formed for us.
 */
public final class HostileServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One received request. */
    public record Request(String target, Map<String, String> headers, JsonNode body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** True when the system prompt is the callee's (the bundled card's callee section). */
        public boolean callee() {
            return body != null && body.path("messages").path(0).path("content").asText().contains("电话接听方");
        }

        public long assistantTurns() {
            long n = 0;
            for (JsonNode m : body.path("messages")) {
                if (m.path("role").asText().equals("assistant")) {
                    n++;
                }
            }
            return n;
        }
    }

    /** What to do with one request: write these bytes (then close), or hang, or trickle a byte every 100 ms. */
    public record Action(byte[] bytes, boolean thenHang, boolean thenTrickle) {
        public Action(byte[] bytes, boolean thenHang) {
            this(bytes, thenHang, false);
        }

        public static Action hang() {
            return new Action(new byte[0], true);
        }

        /** Writes {@code text}, then one more space every 100 ms for as long as the client listens (no read ever times out). */
        public static Action trickle(String text) {
            return new Action(text.getBytes(StandardCharsets.UTF_8), false, true);
        }

        /** Writes {@code text} (say, headers and the start of a body) and then never another byte. */
        public static Action partialThenHang(String text) {
            return new Action(text.getBytes(StandardCharsets.UTF_8), true);
        }

        public static Action raw(String text) {
            return new Action(text.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Action http(int status, String contentType, String body, String... extraHeaders) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Error")
                    .append("\r\nContent-Type: ").append(contentType)
                    .append("\r\nContent-Length: ").append(b.length).append("\r\nConnection: close\r\n");
            for (String x : extraHeaders) {
                h.append(x).append("\r\n");
            }
            h.append("\r\n");
            return new Action(concat(h.toString().getBytes(StandardCharsets.UTF_8), b), false);
        }

        /** A proper chat completion whose message content is {@code text}. */
        public static Action reply(String text, String... extraHeaders) {
            ObjectNode out = JSON.createObjectNode();
            out.put("id", "chatcmpl-hostile");
            out.put("object", "chat.completion");
            out.put("created", 1);
            out.put("model", "m");
            ObjectNode choice = out.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", text);
            choice.put("finish_reason", "stop");
            out.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5).put("total_tokens", 15);
            return http(200, "application/json", out.toString(), extraHeaders);
        }

        /** Headers promising {@code declared} bytes, then only the first part of the body, then the socket closes. */
        public static Action closedMidBody(int declared) {
            String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + declared
                    + "\r\nConnection: close\r\n\r\n{\"id\":\"chatcmpl-x\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assis";
            return raw(head);
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = new byte[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private volatile Function<Request, Action> behaviour;
    private volatile boolean closed;

    public HostileServer(Function<Request, Action> behaviour) {
        this.behaviour = behaviour;
        try {
            socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        acceptor = new Thread(this::acceptLoop, "hostile-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public void setBehaviour(Function<Request, Action> behaviour) {
        this.behaviour = behaviour;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread t = new Thread(() -> serve(s), "hostile-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            String head = readHead(in);
            if (head == null) {
                return;
            }
            String[] lines = head.split("\r\n");
            String target = lines[0].split(" ")[1];
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] body = in.readNBytes(length);
            JsonNode json = length == 0 ? null : JSON.readTree(body);
            Request req = new Request(target, headers, json);
            requests.add(req);
            Action a = behaviour.apply(req);
            OutputStream out = s.getOutputStream();
            out.write(a.bytes());
            out.flush();
            while (a.thenTrickle() && !closed && !s.isClosed()) {
                Thread.sleep(100);
                out.write(' ');
                out.flush();
            }
            if (a.thenHang()) {
                while (!closed && !s.isClosed()) {
                    Thread.sleep(50);
                    if (in.available() < 0) {
                        break;
                    }
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the client went away: nothing to do
        } finally {
            open.remove(s);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        int state = 0;
        while ((c = in.read()) >= 0) {
            b.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) ? state + 1 : (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
            if (state == 4) {
                return b.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
