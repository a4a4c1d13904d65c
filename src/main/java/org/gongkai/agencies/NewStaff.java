package org.gongkai.agencies;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to create a staff account: the sign-in name, the person's
 * name, an e-mail address, the initial password (which the person should change) and the
 * first role with its agency.
 */
public record NewStaff(
		@NotBlank(message = "{staff.username.required}") @Size(max = 64, message = "{field.too-long}") @Pattern(
				regexp = "^$|" + NewStaff.USERNAME, message = "{staff.username.invalid}") String username,
		@NotBlank(message = "{staff.displayName.required}") @Size(max = 100,
				message = "{field.too-long}") String displayName,
		@Email(message = "{field.email.invalid}") @Size(max = 200, message = "{field.too-long}") String email,
		@NotBlank(message = "{staff.password.required}") @Size(max = 200, message = "{field.too-long}") @Pattern(
				regexp = "^$|^(?=.*[A-Za-z])(?=.*\\d).{8,}$", message = "{staff.password.weak}") String password,
		@NotNull(message = "{staff.role.required}") Role role,
		@NotNull(message = "{staff.agency.required}") Long agencyId) {

	/** A sign-in name: 3–64 lower-case letters, digits, dots, underscores or hyphens. */
	public static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,63}$";

}
