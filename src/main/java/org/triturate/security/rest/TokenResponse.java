package org.triturate.security.rest;

import java.util.List;
import org.triturate.security.Role;

public record TokenResponse(String accessToken, String tokenType, long expiresIn, List<Role> roles) {}
