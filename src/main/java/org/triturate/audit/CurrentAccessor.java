package org.triturate.audit;

/** The accessor of the request being served; the HTTP layer supplies it, so that use cases only say what they read. */
public interface CurrentAccessor {

    Accessor get();
}
