package org.gongkai.letters.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyKind;
import org.gongkai.agencies.Role;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.LetterTemplate;
import org.gongkai.letters.LetterTemplates;
import org.gongkai.letters.Letters;
import org.gongkai.web.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's letter templates: who may edit them, the live preview of unsaved text,
 * and a broken template refused when saved, naming its line.
 */
class LetterConsoleSliceTests extends WebSliceTest {

	static final long AGENCY = 7;

	@BeforeEach
	void agency() {
		Agency agency = new Agency(1L, AgencyKind.AGENCY, "卧龙区商务局", null);
		ReflectionTestUtils.setField(agency, "id", AGENCY);
		when(agencies.findById(AGENCY)).thenReturn(Optional.of(agency));
		when(agencies.findAllById(any())).thenReturn(List.of(agency));
		when(agencyAccess.administeredAgencies(any())).thenReturn(Set.of());
		when(letterTemplates.current(eq(AGENCY), any()))
			.thenAnswer(call -> new LetterTemplates.Current(call.getArgument(1),
					LetterTemplates.defaultSource(call.getArgument(1)), 0, null, null));
		when(letters.preview(anyLong(), any(), any(), any(), anyBoolean())).thenAnswer(call -> {
			String source = call.getArgument(2);
			if (source != null) {
				LetterTemplate.parse(call.getArgument(1), source);
			}
			return new Letters.Preview("标题", "<p class=\"body\">预览的信</p>", null, null);
		});
	}

	@Test
	void theHeadOfTheDisclosureOfficeEditsWithAPreviewOfTheAgencysWording() throws Exception {
		mvc.perform(get("/console/letters/reply.granted").param("agency", "7")
			.with(user(staff(1, AGENCY, Role.OFFICE_HEAD))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("答复书：予以公开"), containsString("hx-post="),
					containsString("/console/letters/reply.granted/preview?agency=7"), containsString("预览的信"),
					containsString("{{申请人}}"), containsString("《条例》第三十六条第（一）、（二）项"))));
	}

	@Test
	void theEditorNamesTheLegalBasisInThePagesLanguage() throws Exception {
		mvc.perform(get("/console/letters/reply.granted").param("agency", "7")
			.param("lang", "en")
			.with(user(staff(1, AGENCY, Role.OFFICE_HEAD))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Default legal basis: Regulations, Article 36, items (1) and (2)"),
						not(containsString("《条例》第三十六条")))));
	}

	@Test
	void staffWhoMayNotEditAnAgencysLettersGetA404() throws Exception {
		mvc.perform(
				get("/console/letters/reply.granted").param("agency", "7").with(user(staff(2, AGENCY, Role.HANDLER))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/console/letters/reply.granted").param("agency", "7"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void thePreviewOfBrokenTextNamesTheLineAndSavingItChangesNothing() throws Exception {
		String broken = "# {{标题}}\n- {{申请人}}：\n收到{{收件日期}}。\n";
		mvc.perform(post("/console/letters/acknowledgement/preview").param("agency", "7")
			.param("source", broken)
			.with(csrf())
			.with(user(staff(1, AGENCY, Role.OFFICE_HEAD))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("第3行：未知的占位符“{{收件日期}}”"), not(containsString("预览的信")),
					not(containsString("<html")))));

		when(letterTemplates.save(eq(AGENCY), eq(LetterKind.ACKNOWLEDGEMENT), anyString(), anyInt(), anyString()))
			.thenAnswer(call -> {
				LetterTemplate.parse(LetterKind.ACKNOWLEDGEMENT, call.getArgument(2));
				return 1;
			});
		mvc.perform(post("/console/letters/acknowledgement").param("agency", "7")
			.param("source", broken)
			.param("version", "0")
			.with(csrf())
			.with(user(staff(1, AGENCY, Role.OFFICE_HEAD))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("模板有误，未保存"), containsString("第3行"), containsString("收到{{收件日期}}。"))));
	}

	@Test
	void aGoodTemplateIsSavedAndTheEditorReopens() throws Exception {
		when(letterTemplates.save(eq(AGENCY), eq(LetterKind.ACKNOWLEDGEMENT), anyString(), eq(0), eq("staff1")))
			.thenReturn(1);
		mvc.perform(post("/console/letters/acknowledgement").param("agency", "7")
			.param("source", "# {{标题}}\n- {{申请人}}：\n")
			.param("version", "0")
			.with(csrf())
			.with(user(staff(1, AGENCY, Role.OFFICE_HEAD))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/console/letters/acknowledgement?agency=7"));
		verify(letterNumbers, never()).configure(anyLong(), anyString(), anyString());
		verify(letters, never()).generate(any(), isNull());
	}

}
