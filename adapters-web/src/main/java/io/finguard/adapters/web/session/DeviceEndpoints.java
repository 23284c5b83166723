package io.finguard.adapters.web.session;

import io.finguard.adapters.web.Edge;
import io.finguard.adapters.web.Guard;
import io.finguard.adapters.web.Problem;
import io.finguard.adapters.web.ProblemCode;
import io.finguard.adapters.web.ProblemException;
import io.finguard.adapters.web.Reply;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.in.ListDevices;
import io.finguard.domain.token.AccessClaims;
import io.javalin.http.Context;
import java.util.List;

/** GET /v1/me/devices and DELETE /v1/me/devices/{thumbprint}: the user's known devices (DPoP keys that stepped up). */
public final class DeviceEndpoints {
    private final ListDevices listDevices;
    private final ForgetDevice forgetDevice;
    private final Guard guard;
    private final Edge edge;

    public DeviceEndpoints(ListDevices listDevices, ForgetDevice forgetDevice, Guard guard, Edge edge) {
        this.listDevices = listDevices;
        this.forgetDevice = forgetDevice;
        this.guard = guard;
        this.edge = edge;
    }

    record DeviceBody(String thumbprint, String firstSeen, String lastSeen) {
        static DeviceBody of(KnownDevice device) {
            return new DeviceBody(device.key().value(), device.firstSeen().toString(), device.lastSeen().toString());
        }
    }

    record DevicesBody(List<DeviceBody> devices) {
    }

    public void list(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.PROFILE_READ);
        edge.noBody(ctx);
        List<DeviceBody> devices = listDevices.devices(claims.subject()).stream().map(DeviceBody::of).toList();
        edge.reply(ctx, Reply.json(200, new DevicesBody(devices)));
    }

    public void forget(Context ctx) {
        AccessClaims claims = guard.access(ctx, Scope.SESSION_MANAGE);
        edge.noBody(ctx);
        KeyThumbprint key = KeyThumbprint.parse(ctx.pathParam("thumbprint")).orElseThrow(() -> new ProblemException(
                Problem.validation("thumbprint", "must be a JWK SHA-256 thumbprint: 43 base64url characters")));
        Reply reply = switch (forgetDevice.forget(new ForgetDevice.Command(claims.subject(), key))) {
            case ForgetDevice.Result.Forgotten forgotten -> Reply.noContent();
            case ForgetDevice.Result.NotKnown notKnown ->
                    Reply.problem(404, ProblemCode.DEVICE_NOT_FOUND, "There is no such known device.");
        };
        edge.reply(ctx, reply);
    }
}
