package org.triturate.launch;

/** A MariaDB account the service logs in with: the user name and its password. */
public record DatabaseAccount(String user, String password) {

    @Override
    public String toString() {
        return "DatabaseAccount[user=" + user + "]"; // never the password, should a record end up in a log line
    }
}
