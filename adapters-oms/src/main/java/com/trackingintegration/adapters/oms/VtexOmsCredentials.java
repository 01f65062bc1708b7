package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.port.CredentialCheck;
import com.trackingintegration.http.AccessRefusedException;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.RemoteUnavailableException;

/** Whether the OMS accepts the app key and token: one cheap authenticated call (a one-order page of the list). */
public final class VtexOmsCredentials implements CredentialCheck {

    private static final String SYSTEM = OmsSettings.SYSTEM;

    private final OmsApi api;

    public VtexOmsCredentials(OmsSettings settings) {
        this.api = new OmsApi(settings);
    }

    @Override
    public Result check() {
        try {
            api.send(HttpCall.get("/api/oms/pvt/orders?per_page=1"));
            return Result.valid(SYSTEM, "app key " + api.settings().appKey() + " accepted");
        } catch (AccessRefusedException | ClientErrorException e) {
            String why = e.status() == 401 ? "rejected the app key or token" : e.status() == 403
                    ? "accepted the app key, but its role lacks a permission (List Orders, View order, Notify invoice...)"
                    : "answered " + e.status();
            return Result.refused(SYSTEM, SYSTEM + " " + why + " for app key '" + api.settings().appKey()
                    + "' (GET /api/oms/pvt/orders answered " + e.status() + "): check vtex.oms.app-key and vtex.oms.app-token");
        } catch (RemoteUnavailableException e) {
            return Result.unreachable(SYSTEM, "could not be reached (" + e.getMessage() + "); nothing was read or sent");
        }
    }
}
