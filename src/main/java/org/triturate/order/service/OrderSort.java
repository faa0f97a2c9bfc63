package org.triturate.order.service;

/** The order of an order list: newest first (the API's default), or oldest first, as a work queue is worked. */
public enum OrderSort {
    NEWEST,
    OLDEST
}
