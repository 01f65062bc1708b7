package com.trackingintegration.adapters.tracking;

/** {@code POST /auth}: the request, and the answer with the bearer token and its expiration. */
final class AuthJson {

    private AuthJson() {
    }

    record Request(String username, String password) {
        @Override
        public String toString() {
            return "AuthJson.Request[username=" + username + ", password=******]";
        }
    }

    record Reply(Boolean authenticated, String created, String expiration, String accessToken, String message) {
        @Override
        public String toString() {
            return "AuthJson.Reply[authenticated=" + authenticated + ", expiration=" + expiration + ", message=" + message + "]";
        }
    }
}
