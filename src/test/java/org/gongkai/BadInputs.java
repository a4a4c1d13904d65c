package org.gongkai;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.gongkai.agencies.Agencies;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.ApiTokens;
import org.gongkai.agencies.Role;
import org.gongkai.agencies.Staff;
import org.gongkai.agencies.StaffMembers;
import org.gongkai.agencies.StaffPrincipal;
import org.springframework.beans.BeanUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every operation of the OpenAPI document and every console and applicant form with
 * generated bad values (too long, wrong type, control characters, an unpaired surrogate,
 * NUL, huge numbers, missing fields), one bad value at a time in an otherwise plausible
 * request, and records what each answered. A bad value must be refused with a 4xx and a
 * message (on a page: a 4xx, or the form again or a redirect carrying the error); a
 * missing field may be accepted, but nothing may answer 5xx.
 */
final class BadInputs {

	/** What a generated value is. */
	enum Kind {

		TOO_LONG, NUL, SURROGATE, CONTROL, WRONG_TYPE, HUGE_NUMBER, MISSING;

		boolean mustBeRefused() {
			return this != MISSING;
		}

	}

	/** The values of each kind, as text. */
	static final Map<Kind, String> VALUES = values();

	private static Map<Kind, String> values() {
		Map<Kind, String> values = new LinkedHashMap<>();
		values.put(Kind.TOO_LONG, "长".repeat(10_001));
		values.put(Kind.NUL, "a\u0000b");
		values.put(Kind.SURROGATE, "a\ud800b");
		values.put(Kind.CONTROL, "a\u0007\u001bb");
		values.put(Kind.WRONG_TYPE, "not-a-value");
		values.put(Kind.HUGE_NUMBER, "99999999999999999999999");
		return values;
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The bad value of {@code kind} for a field: a text longer than the field's declared
	 * {@code maxLength} (a rich-text body may hold far more than the usual 10,001
	 * characters), else the value of {@link #VALUES}.
	 */
	private static String bad(Schema<?> schema, Kind kind) {
		if (kind == Kind.TOO_LONG && schema != null && schema.getMaxLength() != null
				&& schema.getMaxLength() >= 10_001) {
			return "长".repeat(schema.getMaxLength() + 1);
		}
		return VALUES.get(kind);
	}

	/**
	 * Stands for a lone surrogate in a JSON text, written as the escape {@code \ud800}: a
	 * Java string holding one cannot be encoded in UTF-8.
	 */
	private static final String SURROGATE_MARK = "@@SURROGATE@@";

	private final MockMvc mvc;

	private final StaffPrincipal staff;

	private final String bearer;

	private final Map<String, Object> ids;

	/** Inputs tried, by endpoint. */
	final Map<String, Integer> tried = new TreeMap<>();

	/** Every answer that broke the rule, with the input. */
	final List<String> failures = new ArrayList<>();

	int serverErrors;

	/**
	 * @param ids the values of path variables by name, such as {@code requests.id} (the
	 * first segment after {@code /api/v1/} or {@code /console/}) or a plain name
	 */
	BadInputs(MockMvc mvc, StaffPrincipal staff, String bearer, Map<String, Object> ids) {
		this.mvc = mvc;
		this.staff = staff;
		this.bearer = bearer;
		this.ids = ids;
	}

	/**
	 * Walks the API and the pages as a staff member holding every role in every agency,
	 * prints and writes the counts ({@code target/bad-inputs-<database>.txt}) and fails
	 * on any answer that broke the rule.
	 */
	static BadInputs walkEverything(ApplicationContext context, MockMvc mvc, String database) throws Exception {
		Clock clock = context.getBean(Clock.class);
		StaffMembers members = context.getBean(StaffMembers.class);
		Agencies agencies = context.getBean(Agencies.class);
		Staff fuzzer = new Staff("bad.input", "全角色测试员", "bad-input@demo.gongkai.org", "{noop}x");
		for (Agency agency : agencies.findAll()) {
			for (Role role : Role.values()) {
				fuzzer.grant(role, agency.getId());
			}
		}
		fuzzer = members.save(fuzzer);
		StaffPrincipal staff = fuzzer.toPrincipal(clock.instant());
		String bearer = "Bearer " + context.getBean(ApiTokens.class).create(staff, "bad inputs");
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Map<String, Object> ids = new LinkedHashMap<>();
		ids.put("requests.id", jdbc.sql("select min(id) from information_request").query(Long.class).single());
		ids.put("appeals.id", jdbc.sql("select min(id) from appeal_case").query(Long.class).optional().orElse(1L));
		ids.put("agencies.id", agencies.findAll().get(0).getId());
		ids.put("staff.id", fuzzer.getId());
		ids.put("id", ids.get("requests.id"));
		ids.put("documentId", jdbc.sql("select coalesce(min(id), 1) from request_document").query(Long.class).single());
		ids.put("number", 1);
		ids.put("year", 2025);
		ids.put("agencyId", agencies.findAll().get(0).getId());
		BadInputs inputs = new BadInputs(mvc, staff, bearer, ids);
		long start = System.nanoTime();
		inputs.walkApi();
		inputs.walkPages(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class),
				Set.of("/console", "/apply", "/track", "/calendar", "/login"));
		String report = inputs.report(database) + "in " + (System.nanoTime() - start) / 1_000_000 + " ms\n";
		System.out.println(report);
		Path file = Path.of("target", "bad-inputs-" + database.toLowerCase() + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report + String.join("\n", inputs.failures));
		assertThat(inputs.failures).as(report).isEmpty();
		assertThat(inputs.serverErrors).isZero();
		return inputs;
	}

	int total() {
		return tried.values().stream().mapToInt(Integer::intValue).sum();
	}

	String report(String database) {
		StringBuilder text = new StringBuilder("Bad inputs on " + database + ": " + total() + " tried on "
				+ tried.size() + " endpoints, " + serverErrors + " answered 5xx\n");
		tried.forEach((endpoint, count) -> text.append(String.format("  %5d  %s%n", count, endpoint)));
		return text.toString();
	}

	// ---------------------------------------------------------------- the API

	void walkApi() throws Exception {
		String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			try {
				walkOperation(HttpMethod.valueOf(method.name()), path, operation);
			}
			catch (Exception e) {
				throw new IllegalStateException(method + " " + path, e);
			}
		}));
	}

	/** One slot of a request: a parameter or a body property, and how it is written. */
	private record Slot(String where, String name, Schema<?> schema, boolean required) {
	}

	private void walkOperation(HttpMethod method, String path, Operation operation) throws Exception {
		String endpoint = method + " " + path;
		List<Slot> slots = new ArrayList<>();
		if (operation.getParameters() != null) {
			for (Parameter parameter : operation.getParameters()) {
				slots.add(new Slot(parameter.getIn(), parameter.getName(), parameter.getSchema(),
						Boolean.TRUE.equals(parameter.getRequired())));
			}
		}
		String bodyType = null;
		Schema<?> body = null;
		if (operation.getRequestBody() != null) {
			Content content = operation.getRequestBody().getContent();
			bodyType = content.keySet().iterator().next();
			body = content.get(bodyType).getSchema();
			bodySlots(body, "", slots, 0);
		}
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			if (slot.where().equals("path")) {
				continue;
			}
			for (Kind kind : kindsFor(slot.schema(), i)) {
				if (kind == Kind.MISSING && !slot.required()) {
					continue;
				}
				AbstractMockHttpServletRequestBuilder<?> request = apiRequest(method, path, operation, slots, bodyType,
						body, slot, kind);
				record(endpoint, slot.name() + "=" + kind, kind, request, true);
			}
		}
		for (Slot slot : slots) {
			if (slot.where().equals("path")) {
				for (Kind kind : List.of(Kind.WRONG_TYPE, Kind.HUGE_NUMBER)) {
					record(endpoint, slot.name() + "=" + kind, kind,
							apiRequest(method, path, operation, slots, bodyType, body, slot, kind), true);
				}
			}
		}
		if (bodyType != null && bodyType.contains("json")) {
			record(endpoint, "body=broken JSON", Kind.WRONG_TYPE,
					authorised(request(method, expand(path, slots, null, null))).contentType(MediaType.APPLICATION_JSON)
						.content("{\"a\": \u0000"),
					true);
		}
	}

	private void bodySlots(Schema<?> schema, String prefix, List<Slot> slots, int depth) {
		if (schema == null || schema.getProperties() == null || depth > 2) {
			return;
		}
		schema.getProperties().forEach((name, property) -> {
			boolean required = schema.getRequired() != null && schema.getRequired().contains(name);
			slots.add(new Slot("body", prefix + name, property, required));
			if ("object".equals(type(property))) {
				bodySlots(property, prefix + name + ".", slots, depth + 1);
			}
		});
	}

	private static String type(Schema<?> schema) {
		if (schema == null) {
			return "string";
		}
		if (schema.getType() != null) {
			return schema.getType();
		}
		if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
			return schema.getTypes().stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
		}
		return schema.getProperties() != null ? "object" : "string";
	}

	/** The characters no field accepts, one of which each text slot gets in turn. */
	private static final List<Kind> CHARACTERS = List.of(Kind.NUL, Kind.SURROGATE, Kind.CONTROL);

	/**
	 * The bad values of the {@code index}th slot: each slot gets the values of its type
	 * and one of the forbidden characters in turn, so that an endpoint with three text
	 * fields or more meets all three and the walk stays short.
	 */
	private static List<Kind> kindsFor(Schema<?> schema, int index) {
		Kind character = CHARACTERS.get(index % CHARACTERS.size());
		String type = type(schema);
		return switch (type) {
			case "integer", "number" -> List.of(Kind.WRONG_TYPE, Kind.HUGE_NUMBER, Kind.MISSING);
			case "boolean", "object", "array" -> List.of(Kind.WRONG_TYPE, Kind.MISSING);
			default -> schema != null && (schema.getEnum() != null || schema.getFormat() != null)
					? List.of(Kind.WRONG_TYPE, character, Kind.MISSING)
					: List.of(Kind.TOO_LONG, character, Kind.MISSING);
		};
	}

	/** A plausible value of {@code schema}. */
	private static Object plausible(String name, Schema<?> schema) {
		String type = type(schema);
		if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return String.valueOf(schema.getEnum().get(0));
		}
		return switch (type) {
			case "integer", "number" -> name.toLowerCase().contains("year") ? 2025 : 1;
			case "boolean" -> false;
			case "array" -> List.of();
			case "object" -> null;
			default -> schema != null && "date".equals(schema.getFormat()) ? "2025-03-03"
					: schema != null && "date-time".equals(schema.getFormat()) ? "2025-03-03T08:00:00Z" : "测试";
		};
	}

	private AbstractMockHttpServletRequestBuilder<?> apiRequest(HttpMethod method, String path, Operation operation,
			List<Slot> slots, String bodyType, Schema<?> body, Slot bad, Kind kind) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		if (bodyType != null && bodyType.startsWith("multipart")) {
			MockMultipartHttpServletRequestBuilder upload = multipart(method, expand(path, slots, bad, kind));
			for (Slot slot : slots) {
				if (slot.where().equals("body") && !"binary".equals(slot.schema().getFormat())) {
					String value = value(slot, bad, kind);
					if (value != null) {
						upload.param(slot.name(), value);
					}
				}
			}
			request = upload;
		}
		else {
			request = request(method, expand(path, slots, bad, kind));
			if (bodyType != null) {
				request.contentType(MediaType.APPLICATION_JSON)
					.content(json(body, "", slots, bad, kind).toString().replace(SURROGATE_MARK, "\\ud800"));
			}
		}
		for (Slot slot : slots) {
			String value = value(slot, bad, kind);
			if (value == null) {
				continue;
			}
			if (slot.where().equals("query")) {
				request.param(slot.name(), value);
			}
			else if (slot.where().equals("header")) {
				request.header(slot.name(), value);
			}
		}
		return authorised(request);
	}

	private AbstractMockHttpServletRequestBuilder<?> authorised(AbstractMockHttpServletRequestBuilder<?> request) {
		return request.header(HttpHeaders.AUTHORIZATION, bearer).accept(MediaType.ALL);
	}

	/** The text of {@code slot} in a request where {@code bad} has {@code kind}. */
	private String value(Slot slot, Slot bad, Kind kind) {
		if (slot.equals(bad)) {
			return kind == Kind.MISSING ? null : bad(slot.schema(), kind);
		}
		if (slot.where().equals("header")) {
			return slot.name().equalsIgnoreCase("Idempotency-Key") ? UUID.randomUUID().toString() : null;
		}
		if (!slot.required() && slot.where().equals("query")) {
			return null;
		}
		Object value = plausible(slot.name(), slot.schema());
		return value == null || value instanceof List ? null : String.valueOf(value);
	}

	private ObjectNode json(Schema<?> schema, String prefix, List<Slot> slots, Slot bad, Kind kind) {
		ObjectNode node = JSON.createObjectNode();
		if (schema == null || schema.getProperties() == null) {
			return node;
		}
		schema.getProperties().forEach((name, property) -> {
			Slot slot = slots.stream()
				.filter(s -> s.where().equals("body") && s.name().equals(prefix + name))
				.findFirst()
				.orElse(null);
			if (slot != null && slot.equals(bad)) {
				if (kind == Kind.SURROGATE) {
					node.put(name, "a" + SURROGATE_MARK + "b");
				}
				else if (kind != Kind.MISSING) {
					node.put(name, bad(property, kind));
				}
				return;
			}
			if ("object".equals(type(property))) {
				node.set(name, json(property, prefix + name + ".", slots, bad, kind));
				return;
			}
			Object value = plausible(name, property);
			if (value instanceof Integer number) {
				node.put(name, number);
			}
			else if (value instanceof Boolean flag) {
				node.put(name, flag);
			}
			else if (value instanceof List) {
				node.putArray(name);
			}
			else if (value != null) {
				node.put(name, (String) value);
			}
		});
		return node;
	}

	private String expand(String path, List<Slot> slots, Slot bad, Kind kind) {
		String expanded = path;
		for (Slot slot : slots) {
			if (!slot.where().equals("path")) {
				continue;
			}
			String value = slot.equals(bad) ? VALUES.get(kind) : String.valueOf(pathValue(path, slot.name()));
			expanded = expanded.replace("{" + slot.name() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
		return expanded;
	}

	private Object pathValue(String path, String name) {
		String[] segments = path.split("/");
		String area = segments.length > 3 && segments[1].equals("api") ? segments[3]
				: segments.length > 2 ? segments[2] : "";
		Object value = ids.get(area + "." + name);
		return value != null ? value : ids.getOrDefault(name, 1);
	}

	// ---------------------------------------------------------------- the pages

	/**
	 * Every page handler under {@code prefixes} that takes input: its request parameters
	 * and the properties of its form objects.
	 */
	void walkPages(RequestMappingHandlerMapping mappings, Set<String> prefixes) throws Exception {
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)
					|| entry.getKey().getPathPatternsCondition() == null) {
				continue;
			}
			Set<String> patterns = entry.getKey().getPathPatternsCondition().getPatternValues();
			var methods = entry.getKey().getMethodsCondition().getMethods();
			HttpMethod method = methods.isEmpty() ? HttpMethod.GET
					: HttpMethod.valueOf(methods.iterator().next().name());
			for (String pattern : patterns) {
				if (prefixes.stream().anyMatch(pattern::startsWith)) {
					walkPage(method, pattern, handler);
				}
			}
		}
	}

	/** A field of a page's input: its name and Java type. */
	private record Field(String name, Class<?> type, boolean required) {
	}

	private void walkPage(HttpMethod method, String pattern, HandlerMethod handler) throws Exception {
		List<Field> fields = new ArrayList<>();
		Map<String, Object> pathValues = new LinkedHashMap<>();
		boolean upload = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (variable != null) {
				String name = variable.value().isEmpty() ? parameter.getParameterName() : variable.value();
				pathValues.put(name, pathValue(pattern, name));
			}
			else if (param != null) {
				String name = !param.name().isEmpty() ? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
				if (MultipartFile.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) {
					upload = true;
					continue;
				}
				fields.add(new Field(name, type, param.required() && param.defaultValue().startsWith("\n")));
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) {
				for (var property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() == null) {
						continue;
					}
					if (MultipartFile.class.isAssignableFrom(property.getPropertyType())) {
						upload = true;
						continue;
					}
					fields.add(new Field(property.getName(), property.getPropertyType(), false));
				}
			}
		}
		if (fields.isEmpty()) {
			return;
		}
		String endpoint = method + " " + pattern;
		String path = pattern;
		for (var value : pathValues.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
		}
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			for (Kind kind : kindsFor(field.type(), i)) {
				AbstractMockHttpServletRequestBuilder<?> request = upload ? multipart(method, path)
						: request(method, path);
				for (Field other : fields) {
					String value = other.equals(field) ? (kind == Kind.MISSING ? null : VALUES.get(kind))
							: plausible(other);
					if (value != null) {
						request.param(other.name(), value);
					}
				}
				request.with(user(staff)).with(csrf());
				record(endpoint, field.name() + "=" + kind, kind, request, false);
			}
		}
	}

	private static boolean isForm(Class<?> type) {
		return type.getName().startsWith("org.gongkai") && !type.isEnum() && !type.isRecord()
				&& !StaffPrincipal.class.equals(type);
	}

	private static List<Kind> kindsFor(Class<?> type, int index) {
		Kind character = CHARACTERS.get(index % CHARACTERS.size());
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			return List.of(Kind.WRONG_TYPE, Kind.HUGE_NUMBER);
		}
		if (type == Boolean.class || type == boolean.class || type.isEnum() || type == LocalDate.class) {
			return List.of(Kind.WRONG_TYPE, character);
		}
		return List.of(Kind.TOO_LONG, character);
	}

	private String plausible(Field field) {
		Class<?> type = field.type();
		if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
			Object id = ids.get(field.name());
			return id != null ? String.valueOf(id) : field.name().toLowerCase().contains("year") ? "2025" : "1";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "false";
		}
		if (type.isEnum()) {
			return ((Enum<?>) type.getEnumConstants()[0]).name();
		}
		if (type == LocalDate.class) {
			return "2025-03-03";
		}
		return field.name().equals("token") ? UUID.randomUUID().toString() : "测试";
	}

	// ---------------------------------------------------------------- the answers

	private void record(String endpoint, String input, Kind kind, AbstractMockHttpServletRequestBuilder<?> request,
			boolean api) throws Exception {
		tried.merge(endpoint, 1, Integer::sum);
		String shown = input.length() > 80 ? input.substring(0, 80) + "…" : input;
		MvcResult result;
		try {
			result = mvc.perform(request).andReturn();
		}
		catch (Exception e) {
			// No error page in MockMvc: an exception no handler answered is a 500.
			serverErrors++;
			Throwable root = e;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			failures.add(endpoint + " " + shown + " → 500 " + abbreviate(String.valueOf(root)));
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		if (response.getContentAsString().contains("\"code\":\"input.rejected\"")) {
			failures.add(endpoint + " " + shown + " → " + status + " refused by the database, not at the boundary");
			return;
		}
		if (status >= 500) {
			serverErrors++;
			failures
				.add(endpoint + " " + shown + " → " + status + " " + abbreviate(result.getResolvedException() == null
						? response.getContentAsString() : String.valueOf(result.getResolvedException())));
			return;
		}
		if (!kind.mustBeRefused()) {
			return;
		}
		boolean refused = status >= 400 && hasMessage(result, api) || !api && pageRefused(result);
		if (!refused) {
			failures.add(endpoint + " " + shown + " → " + status + " accepted or without a message");
		}
	}

	private static boolean hasMessage(MvcResult result, boolean api) throws Exception {
		String body = result.getResponse().getContentAsString();
		if (api) {
			return body.contains("\"detail\"") || body.contains("\"title\"");
		}
		return !body.isBlank() || result.getModelAndView() != null || result.getResponse().getErrorMessage() != null;
	}

	/** A page that shows the form again with errors, or goes back with the error. */
	private static boolean pageRefused(MvcResult result) {
		var flash = result.getFlashMap();
		if (flash.containsKey("error") || flash.containsKey("errorKey")) {
			return true;
		}
		if (result.getModelAndView() == null) {
			return false;
		}
		Map<String, Object> model = result.getModelAndView().getModel();
		if (model.containsKey("error") || model.containsKey("errorKey") || model.containsKey("uploadError")) {
			return true;
		}
		return model.values().stream().anyMatch(value -> value instanceof BindingResult binding && binding.hasErrors());
	}

	private static String abbreviate(String text) {
		String line = text.replace('\n', ' ');
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

}
