package io.finguard.bootstrap.scale;

/** A signed-up person as the scale tests know them: their client (own source address), secrets and latest tokens. */
record Member(Client client, String phone, String device, String pin, String userId, String accessToken, String refreshToken) {

    Member withTokens(Answer answer) {
        return new Member(client, phone, device, pin, userId, answer.text("/tokens/accessToken"), answer.text("/tokens/refreshToken"));
    }
}
