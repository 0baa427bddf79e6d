package dev.selfeval.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsersTest {

    @Test
    void aUserSavedDisabledIsDisabledFromTheStartAndASecondSaveChangesTheSameUser(@TempDir Path tmp) throws Exception {
        Users users = new Users(Database.open(tmp.resolve("u.db").toString()));
        assertTrue(users.save("新人", "hash-1", Role.VIEWER.key(), true), "added");
        assertTrue(users.find("新人").orElseThrow().disabled());
        assertEquals(0, users.count(), "a disabled user is not counted");

        assertFalse(users.save("新人", "hash-2", Role.AUDITOR.key(), false), "changed, not added again");
        Users.User u = users.find("新人").orElseThrow();
        assertEquals("hash-2", u.passwordHash());
        assertEquals("auditor", u.role());
        assertFalse(u.disabled());
        assertEquals(1, users.list().size());
    }
}
