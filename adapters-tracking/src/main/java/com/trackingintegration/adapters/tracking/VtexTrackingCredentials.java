package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.CredentialCheck;
import com.trackingintegration.http.RemoteCallException;
import com.trackingintegration.http.RemoteUnavailableException;

import java.time.Clock;

/** Whether VTEX Tracking accepts the configured user: a login, nothing else. */
public final class VtexTrackingCredentials implements CredentialCheck {

    private static final String SYSTEM = TrackingSettings.SYSTEM;

    private final TrackingApi api;

    public VtexTrackingCredentials(TrackingSettings settings) {
        this(new TrackingApi(settings, Clock.systemUTC()));
    }

    VtexTrackingCredentials(TrackingApi api) {
        this.api = api;
    }

    @Override
    public Result check() {
        try {
            api.logIn();
            return Result.valid(SYSTEM, "logged in as " + api.settings().username());
        } catch (AccessDeniedException e) {
            return Result.refused(SYSTEM, e.getMessage());
        } catch (RemoteUnavailableException e) {
            return Result.unreachable(SYSTEM, "could not be reached (" + e.getMessage() + "); nothing was read or sent");
        } catch (RemoteCallException e) {
            return Result.refused(SYSTEM, e.getMessage());
        }
    }
}
