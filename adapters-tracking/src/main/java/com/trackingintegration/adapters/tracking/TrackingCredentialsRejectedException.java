package com.trackingintegration.adapters.tracking;

/**
 * VTEX Tracking refused to log in with the configured user: the "validate the token" step of the product. Nothing
 * is read or sent until the credentials are fixed.
 */
public class TrackingCredentialsRejectedException extends RuntimeException {

    public TrackingCredentialsRejectedException(String message) {
        super(message);
    }
}
