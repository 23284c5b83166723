package io.finguard.domain.port.in;

/**
 * RFC 7009 revocation for a registered client: a refresh token ends its family, an access token ends the session
 * ({@code sid}) it belongs to. An unknown, ended or forged token is not an error (section 2.2).
 */
public interface RevokeToken {

    Result revoke(String token);

    /** What the revocation came to. */
    sealed interface Result {
        /** A live session ended. */
        record Revoked() implements Result {
        }

        /** Nothing live was named: the answer to the client is the same. */
        record NothingToRevoke() implements Result {
        }
    }
}
