package io.finguard.adapters.web;

/** A request DTO: bound strictly by {@link JsonCodec}, then checked member by member at the edge. */
public interface RequestBody {

    void check(Checks checks);
}
