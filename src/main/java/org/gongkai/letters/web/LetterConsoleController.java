package org.gongkai.letters.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.letters.LetterFacts;
import org.gongkai.letters.LetterFormat;
import org.gongkai.letters.LetterKind;
import org.gongkai.letters.LetterNumbers;
import org.gongkai.letters.LetterTemplates;
import org.gongkai.letters.Letters;
import org.gongkai.letters.TemplateRejected;
import org.gongkai.shared.Downloads;
import org.gongkai.shared.InvalidInput;
import org.gongkai.shared.RecordNotFound;
import org.gongkai.shared.Zones;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's letter templates: each agency's wording of every kind of letter, edited
 * with a live preview (htmx posts the unsaved text and swaps in the rendered letter or
 * its problems), saved only when it parses, reset to the default; sample DOCX and PDF;
 * and the agency's document-number pattern. Open to the agency's administrators and the
 * head of its disclosure office.
 */
@Controller
class LetterConsoleController {

	private final LetterTemplates templates;

	private final LetterNumbers numbers;

	private final Letters letters;

	private final Agencies agencies;

	private final AgencyAccess access;

	private final Clock clock;

	LetterConsoleController(LetterTemplates templates, LetterNumbers numbers, Letters letters, Agencies agencies,
			AgencyAccess access, Clock clock) {
		this.templates = templates;
		this.numbers = numbers;
		this.letters = letters;
		this.agencies = agencies;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/console/letters")
	String showTemplates(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(required = false) Long agency,
			Model model) {
		List<Agency> editable = editable(staff);
		Agency chosen = agency == null ? editable.stream().findFirst().orElse(null) : editableAgency(staff, agency);
		model.addAttribute("agencies", editable);
		model.addAttribute("agency", chosen);
		if (chosen != null) {
			model.addAttribute("templates", templates.all(chosen.getId()));
			model.addAttribute("pattern", numbers.pattern(chosen.getId()));
		}
		return "letters/list";
	}

	@GetMapping("/console/letters/{code}")
	String initTemplateForm(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code,
			@RequestParam long agency, Model model) {
		Agency chosen = editableAgency(staff, agency);
		LetterKind kind = kind(code);
		LetterTemplates.Current current = templates.current(chosen.getId(), kind);
		fillForm(model, chosen, kind, current.source(), current.version());
		model.addAttribute("preview", letters.preview(chosen.getId(), kind, null, sampleFacts(chosen, kind), false));
		return "letters/edit";
	}

	@PostMapping("/console/letters/{code}/preview")
	String showPreview(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code,
			@RequestParam long agency, @RequestParam String source, Model model) {
		Agency chosen = editableAgency(staff, agency);
		LetterKind kind = kind(code);
		try {
			model.addAttribute("preview",
					letters.preview(chosen.getId(), kind, source, sampleFacts(chosen, kind), false));
		}
		catch (TemplateRejected ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "letters/edit :: preview";
	}

	@PostMapping("/console/letters/{code}")
	String processTemplateForm(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code,
			@RequestParam long agency, @RequestParam String source, @RequestParam int version, Model model,
			RedirectAttributes redirect) {
		Agency chosen = editableAgency(staff, agency);
		LetterKind kind = kind(code);
		try {
			int saved = templates.save(chosen.getId(), kind, source, version, staff.username());
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/console/letters/" + kind.code() + "?agency=" + chosen.getId();
		}
		catch (TemplateRejected ex) {
			fillForm(model, chosen, kind, source, version);
			model.addAttribute("problems", ex.problems());
			return "letters/edit";
		}
	}

	@PostMapping("/console/letters/{code}/reset")
	String processReset(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code,
			@RequestParam long agency) {
		Agency chosen = editableAgency(staff, agency);
		LetterKind kind = kind(code);
		templates.reset(chosen.getId(), kind, staff.username());
		return "redirect:/console/letters/" + kind.code() + "?agency=" + chosen.getId();
	}

	@GetMapping("/console/letters/{code}/sample.{extension}")
	ResponseEntity<byte[]> downloadSample(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String code,
			@PathVariable String extension, @RequestParam long agency) {
		Agency chosen = editableAgency(staff, agency);
		LetterKind kind = kind(code);
		LetterFormat format = switch (extension) {
			case "pdf" -> LetterFormat.PDF;
			case "docx" -> LetterFormat.DOCX;
			default -> throw new RecordNotFound("letter sample", extension);
		};
		Letters.Preview preview = letters.preview(chosen.getId(), kind, null, sampleFacts(chosen, kind), true);
		return Downloads.attachment(kind.title() + "（样稿）." + format.extension(), format.contentType(),
				format == LetterFormat.PDF ? preview.pdf() : preview.docx());
	}

	@PostMapping("/console/letters/numbering")
	String processNumbering(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam long agency,
			@RequestParam String pattern, RedirectAttributes redirect) {
		Agency chosen = editableAgency(staff, agency);
		try {
			numbers.configure(chosen.getId(), pattern, staff.username());
			redirect.addFlashAttribute("patternSaved", true);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("patternProblem", ex.problems().get(0).code());
		}
		return "redirect:/console/letters?agency=" + chosen.getId();
	}

	private void fillForm(Model model, Agency agency, LetterKind kind, String source, int version) {
		model.addAttribute("agency", agency);
		model.addAttribute("kind", kind);
		model.addAttribute("source", source);
		model.addAttribute("version", version);
		model.addAttribute("placeholders", Letters.placeholders());
		model.addAttribute("defaultSource", LetterTemplates.defaultSource(kind));
	}

	/** The agencies whose letters {@code staff} may edit, by name. */
	private List<Agency> editable(StaffPrincipal staff) {
		Set<Long> ids = new TreeSet<>(access.administeredAgencies(staff));
		ids.addAll(staff.agenciesWith(Role.OFFICE_HEAD));
		return agencies.findAllById(ids).stream().sorted(Comparator.comparing(Agency::getName)).toList();
	}

	private Agency editableAgency(StaffPrincipal staff, long agencyId) {
		boolean may = access.administeredAgencies(staff).contains(agencyId) || staff.holds(Role.OFFICE_HEAD, agencyId);
		if (!may) {
			throw new RecordNotFound("agency", agencyId);
		}
		return agencies.findById(agencyId).orElseThrow(() -> new RecordNotFound("agency", agencyId));
	}

	private static LetterKind kind(String code) {
		try {
			return LetterKind.ofCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw new RecordNotFound("letter kind", code);
		}
	}

	/** A sample case with the agency's own block, for the preview. */
	private LetterFacts sampleFacts(Agency agency, LetterKind kind) {
		LocalDate today = LocalDate.now(clock.withZone(Zones.BEIJING));
		LetterFacts facts = LetterFacts
			.of("示例-0001", new LetterFacts.Party("张三", "南阳市卧龙区示例路 1 号", "13800000000"),
					new LetterFacts.AgencyBlock(agency.getName(), agency.getDisclosureOffice(), agency.getAddress(),
							agency.getPostcode(), agency.getOfficeHours(), agency.getPhone(), agency.getFax(),
							agency.getWebsite(), agency.getEmail()),
					today.minusDays(10), today)
			.withInformationSought("（示例）某年度专项资金分配结果")
			.withTerm(today.plusDays(14), 15)
			.withOriginalDueOn(today.plusDays(7))
			.withReasons("（示例）本案的具体理由")
			.withDetails("（示例）获取方式、途径或者拟公开的内容")
			.withResponsibleAgency("（示例）某某局", "0377-00000000")
			.withFee(new LetterFacts.Fee("（示例）按件计收", new BigDecimal("100"), "（示例）缴入国库"));
		return kind.addressee() == LetterKind.Addressee.APPLICANT ? facts
				: facts.withAddressee(new LetterFacts.Party("（示例）第三方或者被征求意见机关", null, null));
	}

}
