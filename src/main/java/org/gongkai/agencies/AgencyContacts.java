package org.gongkai.agencies;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The facts of an agency that its disclosure guide must publish (Article 12 of the
 * Regulations).
 */
public record AgencyContacts(
		@NotBlank(message = "{agency.name.required}") @Size(max = 200, message = "{field.too-long}") String name,
		@Pattern(regexp = "^$|^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$",
				message = "{agency.creditCode.invalid}") String creditCode,
		@Size(max = 200, message = "{field.too-long}") String disclosureOffice,
		@Size(max = 300, message = "{field.too-long}") String address,
		@Pattern(regexp = "^$|^\\d{6}$", message = "{agency.postcode.invalid}") String postcode,
		@Size(max = 200, message = "{field.too-long}") String officeHours,
		@Size(max = 50, message = "{field.too-long}") String phone,
		@Size(max = 50, message = "{field.too-long}") String fax,
		@Size(max = 300, message = "{field.too-long}") String website,
		@Email(message = "{field.email.invalid}") @Size(max = 200, message = "{field.too-long}") String email) {
}
