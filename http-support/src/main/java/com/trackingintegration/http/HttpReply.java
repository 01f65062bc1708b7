package com.trackingintegration.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the remote system answered: status, body and headers. */
public record HttpReply(int status, String body, Map<String, List<String>> headers) {

    public HttpReply {
        body = body == null ? "" : body;
        headers = Map.copyOf(headers);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Too many requests, or the server failing: worth another try after a wait. */
    public boolean isTransient() {
        return status == 429 || status >= 500;
    }

    /** This answer if it is a success; otherwise an error naming the call. */
    public HttpReply requireSuccess(String system, HttpCall call) {
        if (!isSuccess()) {
            throw new ClientErrorException(system, call, this);
        }
        return this;
    }

    /** A 404 read as "there is no such thing"; a success as itself; anything else an error naming the call. */
    public Optional<HttpReply> successOrNotFound(String system, HttpCall call) {
        return status == 404 ? Optional.empty() : Optional.of(requireSuccess(system, call));
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst();
    }

    /** The start of the body, for an error message: enough to see VTEX's error code, not a whole document. */
    public String excerpt() {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
