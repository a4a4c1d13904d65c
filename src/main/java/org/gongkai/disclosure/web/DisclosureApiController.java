package org.gongkai.disclosure.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.agencies.AgencyAccess;
import org.gongkai.agencies.StaffPrincipal;
import org.gongkai.disclosure.Catalogue;
import org.gongkai.disclosure.CatalogueSearch;
import org.gongkai.disclosure.DisclosureSettings;
import org.gongkai.disclosure.DisclosureStatistics;
import org.gongkai.disclosure.DocumentKind;
import org.gongkai.disclosure.EntryState;
import org.gongkai.disclosure.IndexPattern;
import org.gongkai.disclosure.NormativeRegistry;
import org.gongkai.disclosure.ReviewChain;
import org.gongkai.disclosure.YearlyFigures;
import org.gongkai.shared.Downloads;
import org.gongkai.shared.IfMatch;
import org.gongkai.shared.UploadedFile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The JSON API of proactive disclosure for staff and connected systems: catalogue entries
 * and their review, the registry of 规章 and 行政规范性文件, the yearly figures and table 二.
 * Authenticated by personal API tokens, under the console's agency boundaries and roles.
 * Changes accept {@code If-Match} with the version last seen and answer 409
 * {@code stale-version} when someone changed the record since.
 */
@RestController
@RequestMapping(path = "/api/v1/disclosure", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "主动公开", description = "政府信息公开目录、先审后发、规范性文件登记与年度数据")
class DisclosureApiController {

	private final Catalogue catalogue;

	private final CatalogueSearch search;

	private final DisclosureSettings settings;

	private final NormativeRegistry registry;

	private final YearlyFigures figures;

	private final DisclosureStatistics statistics;

	private final AgencyAccess agencyAccess;

	private final Clock clock;

	DisclosureApiController(Catalogue catalogue, CatalogueSearch search, DisclosureSettings settings,
			NormativeRegistry registry, YearlyFigures figures, DisclosureStatistics statistics,
			AgencyAccess agencyAccess, Clock clock) {
		this.catalogue = catalogue;
		this.search = search;
		this.settings = settings;
		this.registry = registry;
		this.figures = figures;
		this.statistics = statistics;
		this.agencyAccess = agencyAccess;
		this.clock = clock;
	}

	@PostMapping(path = "/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "起草目录条目", description = "按机关的索引号规则编号；指定 indexNumber 时须未被使用。")
	ResponseEntity<DisclosureJson.EntryJson> draft(@RequestBody DisclosureJson.EntryBody body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (body.agencyId() == null) {
			throw new IllegalArgumentException("须提供 agencyId");
		}
		return entry(catalogue.draftAndView(staff, body.agencyId(), body.content(), body.indexNumber()),
				HttpStatus.CREATED);
	}

	@PostMapping(path = "/entries/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "批量起草（导入）目录条目", description = "一次最多 " + Catalogue.BATCH_LIMIT + " 条，逐条校验与记录审计；全部成功或全部不保存，"
			+ "被拒绝的一项在 problem+json 的 index（从 0 起）与 entryId 中指明。")
	ResponseEntity<DisclosureJson.BatchJson> draftAll(@RequestBody DisclosureJson.DraftBatchBody body,
			@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
		List<Catalogue.NewEntry> drafts = new ArrayList<>();
		for (DisclosureJson.EntryBody entry : body.entries() == null ? List.<DisclosureJson.EntryBody>of()
				: body.entries()) {
			if (entry == null || entry.agencyId() == null) {
				throw new IllegalArgumentException("每一项都须提供 agencyId");
			}
			drafts.add(new Catalogue.NewEntry(entry.agencyId(), entry.content(), entry.indexNumber()));
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new DisclosureJson.BatchJson(BatchProblems.run(request, () -> catalogue.draftAll(staff, drafts))));
	}

	@PostMapping(path = "/entries/batch/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "批量送审",
			description = "每项给出 id 与所见的 version（相当于 If-Match）；全部成功或全部不保存，被拒绝的一项在 index 与 entryId 中指明。")
	DisclosureJson.BatchJson submitAll(@RequestBody DisclosureJson.BatchBody body,
			@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
		return new DisclosureJson.BatchJson(BatchProblems.run(request, () -> catalogue.submitAll(staff, body.items())));
	}

	@PostMapping(path = "/entries/batch/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "批量审核通过",
			description = "level 为各条目所在的审核级别（不一致的条目被拒绝，code 为 disclosure.batch.level）；每项给出 id 与 version；"
					+ "全部成功或全部不保存。")
	DisclosureJson.BatchJson approveAll(@RequestBody DisclosureJson.BatchBody body,
			@AuthenticationPrincipal StaffPrincipal staff, HttpServletRequest request) {
		if (body.level() == null) {
			throw new IllegalArgumentException("须提供 level（条目所在的审核级别）");
		}
		return new DisclosureJson.BatchJson(BatchProblems.run(request,
				() -> catalogue.approveAll(staff, body.level(), body.items(), body.comment())));
	}

	@GetMapping("/entries")
	@Operation(summary = "目录条目列表", description = "按状态（审核中可再按级别）、标题或索引号筛选；按 ID 倒序，以 beforeId 翻页。")
	CatalogueSearch.Page list(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) EntryState state, @RequestParam(required = false) Integer level,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long beforeId,
			@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal StaffPrincipal staff) {
		return search.search(new CatalogueSearch.Filter(scope(staff, agencyId), state, level, q, beforeId, limit));
	}

	@GetMapping("/entries/{id}")
	@Operation(summary = "目录条目", description = "工作稿、审核链、审核意见、附件、历次发布版本与第二十六条期限；ETag 为版本号。")
	ResponseEntity<DisclosureJson.EntryJson> show(@PathVariable long id,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return entry(staff, id, HttpStatus.OK);
	}

	@PutMapping(path = "/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "修改目录条目", description = "已发布的条目修改后须重新审核，审核通过前公众仍看到原版本。")
	ResponseEntity<DisclosureJson.EntryJson> revise(@PathVariable long id, @IfMatch Integer version,
			@RequestBody DisclosureJson.EntryBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		return entry(catalogue.revise(staff, id, version, body.content(), body.indexNumber()), HttpStatus.OK);
	}

	@PostMapping("/entries/{id}/submit")
	@Operation(summary = "提交审核", description = "草稿进入审核链第 1 级。")
	ResponseEntity<DisclosureJson.EntryJson> submit(@PathVariable long id, @IfMatch Integer version,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return entry(catalogue.submit(staff, id, version), HttpStatus.OK);
	}

	@PostMapping("/entries/{id}/approve")
	@Operation(summary = "审核通过", description = "由本级角色审核；最后一级通过后发布（或按定时发布时间发布）。")
	ResponseEntity<DisclosureJson.EntryJson> approve(@PathVariable long id, @IfMatch Integer version,
			@RequestBody(required = false) DisclosureJson.CommentBody body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return entry(catalogue.approve(staff, id, version, body == null ? null : body.comment()), HttpStatus.OK);
	}

	@PostMapping("/entries/{id}/return")
	@Operation(summary = "退回修改", description = "须填写审核意见。")
	ResponseEntity<DisclosureJson.EntryJson> returnForChanges(@PathVariable long id, @IfMatch Integer version,
			@RequestBody DisclosureJson.CommentBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		return entry(catalogue.returnForChanges(staff, id, version, body.comment()), HttpStatus.OK);
	}

	@PostMapping("/entries/{id}/schedule")
	@Operation(summary = "定时发布", description = "设置发布时间（须晚于现在）；最后一级审核通过后到时发布。")
	ResponseEntity<DisclosureJson.EntryJson> schedule(@PathVariable long id, @IfMatch Integer version,
			@RequestBody DisclosureJson.ScheduleBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		if (body.publishAt() == null) {
			throw new IllegalArgumentException("须提供 publishAt");
		}
		return entry(catalogue.schedule(staff, id, version, body.publishAt().toInstant()), HttpStatus.OK);
	}

	@PostMapping("/entries/{id}/withdraw")
	@Operation(summary = "撤回", description = "须说明理由。")
	ResponseEntity<DisclosureJson.EntryJson> withdraw(@PathVariable long id, @IfMatch Integer version,
			@RequestBody DisclosureJson.EntryWithdrawalBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		return entry(catalogue.withdraw(staff, id, version, body.reason()), HttpStatus.OK);
	}

	@PostMapping(path = "/entries/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "上传附件", description = "PDF、DOCX、XLSX、PNG、JPEG，按文件内容识别，扩展名须与内容一致。")
	ResponseEntity<DisclosureJson.EntryJson> attach(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff) throws IOException {
		catalogue.attach(staff, id, new UploadedFile(file.getOriginalFilename(), file.getBytes()));
		return entry(staff, id, HttpStatus.CREATED);
	}

	@GetMapping(path = "/entries/{id}/attachments/{attachmentId}", produces = MediaType.ALL_VALUE)
	@Operation(summary = "下载附件")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		Catalogue.Download file = catalogue.download(staff, id, attachmentId);
		return Downloads.attachment(file.filename(), file.contentType(), file.content());
	}

	@GetMapping("/inbox")
	@Operation(summary = "我的待审", description = "在本人所持角色的审核级别等待的条目，以及退回给本人的草稿。")
	List<CatalogueSearch.Row> inbox(@AuthenticationPrincipal StaffPrincipal staff) {
		return search.inbox(staff);
	}

	@GetMapping("/timeliness")
	@Operation(summary = "第二十六条期限", description = "view=overdue（已超过 20 个工作日）或 due-soon（临近期限）；督办人员可看所督办机关。")
	List<CatalogueSearch.Row> timeliness(@RequestParam(defaultValue = "overdue") String view,
			@RequestParam(required = false) Long agencyId, @RequestParam(defaultValue = "100") int limit,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (!view.equals("overdue") && !view.equals("due-soon")) {
			throw new IllegalArgumentException("view 须为 overdue 或 due-soon");
		}
		return search.timeliness(scope(staff, agencyId), view.equals("overdue"), LocalDate.now(clock), limit);
	}

	@GetMapping("/chains/{agencyId}")
	@Operation(summary = "审核链", description = "机关的审核级别；未设置时为默认三级（初审、复审并保密审查、终审）。")
	ReviewChain chain(@PathVariable long agencyId, @AuthenticationPrincipal StaffPrincipal staff) {
		agencyAccess.checkReadable(staff, agencyId, "机关", agencyId);
		return settings.chain(agencyId);
	}

	@PutMapping(path = "/chains/{agencyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "设置审核链", description = "1 至 9 级，恰有一级为保密审查；仅管理员。")
	ReviewChain changeChain(@PathVariable long agencyId, @RequestBody DisclosureJson.ChainBody body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		checkAdministers(staff, agencyId);
		settings.changeChain(agencyId, new ReviewChain(body.levels() == null ? List.of() : body.levels()),
				staff.username());
		return settings.chain(agencyId);
	}

	@PutMapping(path = "/index-patterns/{agencyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "设置索引号规则", description = "如 {统一社会信用代码}/{YYYY}-{NNNNN}；已编的索引号不变，也不会重复。")
	IndexPattern changePattern(@PathVariable long agencyId, @RequestBody IndexPattern body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		checkAdministers(staff, agencyId);
		settings.changePattern(agencyId, body, staff.username());
		return settings.pattern(agencyId);
	}

	@PutMapping(path = "/regulation-flags/{agencyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "设置规章制定权", description = "仅管理员；无此权的机关不能登记规章。")
	DisclosureJson.RegulationFlagBody changeRegulationFlag(@PathVariable long agencyId,
			@RequestBody DisclosureJson.RegulationFlagBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		registry.allowRegulations(staff, agencyId, body.mayMakeRegulations());
		return body;
	}

	@GetMapping("/settings/{agencyId}")
	@Operation(summary = "机关的主动公开设置", description = "索引号规则、规章制定权和行政层级（决定可选的第二十一条事项）。")
	DisclosureSettings.AgencySettings agencySettings(@PathVariable long agencyId,
			@AuthenticationPrincipal StaffPrincipal staff) {
		agencyAccess.checkReadable(staff, agencyId, "机关", agencyId);
		return settings.of(agencyId);
	}

	@PutMapping(path = "/administrative-levels/{agencyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "设置行政层级",
			description = "PROVINCE、CITY、COUNTY 或 TOWNSHIP；市、县两级可用第二十一条第 1、2 组，乡（镇）第 3、4 组；仅管理员。")
	DisclosureSettings.AgencySettings changeLevel(@PathVariable long agencyId,
			@RequestBody DisclosureJson.AdministrativeLevelBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		checkAdministers(staff, agencyId);
		settings.changeLevel(agencyId, body.level(), staff.username());
		return settings.of(agencyId);
	}

	@PostMapping(path = "/registry", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "登记规章或行政规范性文件", description = "无规章制定权的机关登记规章将被拒绝。")
	NormativeRegistry.Document register(@RequestBody DisclosureJson.DocumentBody body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		if (body.agencyId() == null) {
			throw new IllegalArgumentException("须提供 agencyId");
		}
		long id = registry.register(staff,
				new NormativeRegistry.Document(null, body.agencyId(), body.kind(), body.title(), body.documentNumber(),
						body.issuedOn(), body.effectiveOn(), body.expiresOn(), body.repealedOn(), body.entryId(), 0));
		return registry.find(staff, id);
	}

	@GetMapping("/registry")
	@Operation(summary = "规章和行政规范性文件", description = "按制发日期倒序。")
	List<NormativeRegistry.Document> registry(@RequestParam(required = false) Long agencyId,
			@RequestParam(required = false) DocumentKind kind, @RequestParam(defaultValue = "200") int limit,
			@AuthenticationPrincipal StaffPrincipal staff) {
		return registry.list(scope(staff, agencyId), kind, limit);
	}

	@PostMapping(path = "/registry/{id}/repeal", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "登记废止")
	NormativeRegistry.Document repeal(@PathVariable long id, @IfMatch Integer version,
			@RequestBody DisclosureJson.RepealBody body, @AuthenticationPrincipal StaffPrincipal staff) {
		registry.repeal(staff, id, version, body.repealedOn());
		return registry.find(staff, id);
	}

	@PutMapping(path = "/figures/{agencyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "录入年度数据", description = "行政许可、处罚、强制决定数，行政事业性收费（万元，最多四位小数）与各渠道发布数。")
	DisclosureJson.DisclosureStatisticsJson enter(@PathVariable long agencyId, @RequestBody YearlyFigures.Input body,
			@AuthenticationPrincipal StaffPrincipal staff) {
		figures.enter(staff, agencyId, body);
		return statistics(agencyId, body.year(), staff);
	}

	@PostMapping(path = "/figures/{agencyId}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "导入年度数据", description = "CSV（UTF-8）或 XLSX，首行为列名；任一行有误则整份文件不导入。")
	ImportJson importFigures(@PathVariable long agencyId, @RequestPart("file") MultipartFile file,
			@AuthenticationPrincipal StaffPrincipal staff) throws IOException {
		return new ImportJson(figures.importFile(staff, agencyId, file.getOriginalFilename(), file.getBytes()));
	}

	/** How many years an import stored. */
	record ImportJson(int years) {
	}

	@GetMapping("/statistics")
	@Operation(summary = "年度统计（年报表二与发布渠道）", description = "activeDisclosure 与年报 JSON 交换格式一致；channels 为各渠道发布数。")
	DisclosureJson.DisclosureStatisticsJson statistics(@RequestParam long agencyId, @RequestParam int year,
			@AuthenticationPrincipal StaffPrincipal staff) {
		agencyAccess.checkReadable(staff, agencyId, "机关", agencyId);
		if (year < 2008 || year > 2100) {
			throw new IllegalArgumentException("年份无效：" + year);
		}
		return new DisclosureJson.DisclosureStatisticsJson(statistics.activeDisclosure(agencyId, year),
				DisclosureJson.ChannelsJson.of(statistics.channels(agencyId, year)));
	}

	private ResponseEntity<DisclosureJson.EntryJson> entry(StaffPrincipal staff, long id, HttpStatus status) {
		return entry(catalogue.view(staff, id), status);
	}

	private ResponseEntity<DisclosureJson.EntryJson> entry(Catalogue.EntryView view, HttpStatus status) {
		long id = view.entry().getId();
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status)
			.eTag("\"" + view.entry().getVersion() + "\"");
		if (status == HttpStatus.CREATED) {
			builder.header(HttpHeaders.LOCATION, "/api/v1/disclosure/entries/" + id);
		}
		return builder.body(DisclosureJson.EntryJson.of(view));
	}

	private Set<Long> scope(StaffPrincipal staff, Long agencyId) {
		Set<Long> readable = agencyAccess.readableAgencies(staff);
		if (agencyId == null) {
			return readable;
		}
		return readable.contains(agencyId) ? Set.of(agencyId) : Set.of();
	}

	private void checkAdministers(StaffPrincipal staff, long agencyId) {
		if (!agencyAccess.administeredAgencies(staff).contains(agencyId)) {
			throw new AccessDeniedException("只有管理该机关的管理员可以修改其主动公开设置");
		}
	}

}
