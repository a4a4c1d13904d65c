-- wrk script: POSTs online applications to the public JSON API (POST /api/v1/public/requests), each with its own
-- Idempotency-Key and a valid body: a natural person with a 身份证 number whose check digit is right (GB 11643), or,
-- one time in five, an organisation with a valid 统一社会信用代码 (GB 32100). Counts the answers by status, per thread,
-- and prints them with the latency percentiles at the end as one JSON line (prefixed RESULT).
--
-- Environment: BENCH_AGENCIES (comma-separated agency ids to apply to), BENCH_RUN (a run label for the keys),
-- BENCH_CODES (a file to write the tracking code of every 2xx answer to, one a line, for the check in the database).

local threads = {}
local created = 0
thread_no = 0 -- set per thread by setup(), read in its own Lua state

function setup(thread)
  created = created + 1
  thread:set("thread_no", created)
  table.insert(threads, thread)
end

local ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 }
local ID_CHECK = "10X98765432"
local CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 }
local ORG_TYPES = { "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION", "PUBLIC_INTEREST_ORGANIZATION",
  "LEGAL_SERVICE_AGENCY", "OTHER_ORGANIZATION" }
local SURNAMES = { "张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴" }
local GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟" }
local TOPICS = { "2025年度部门预算公开说明", "城区老旧小区改造项目批复文件", "招商引资优惠政策兑现情况",
  "行政处罚决定书", "专项资金分配结果", "建设项目环境影响评价批复", "学校招生划片方案", "政府采购合同" }

-- wrk runs LuaJIT (Lua 5.1): no // operator.
local function idiv(a, b)
  return math.floor(a / b)
end

local function identity_number(n)
  -- 411303 = 南阳市卧龙区; a birth date between 1950 and 2005; a sequence number; the check digit.
  local year = 1950 + n % 56
  local month = 1 + idiv(n, 56) % 12
  local day = 1 + idiv(n, 672) % 28
  local body = string.format("411303%04d%02d%02d%03d", year, month, day, n % 1000)
  local sum = 0
  for i = 1, 17 do
    sum = sum + (body:byte(i) - 48) * ID_WEIGHTS[i]
  end
  local check = sum % 11 + 1
  return body .. ID_CHECK:sub(check, check)
end

local function credit_code(n)
  -- 91 = enterprise registered with market regulation; 411303 the area; 9 body characters; the check character.
  local body = "91411303" .. string.format("%09d", n % 1000000000)
  local sum = 0
  for i = 1, 17 do
    local value = CREDIT_ALPHABET:find(body:sub(i, i), 1, true) - 1
    sum = sum + value * CREDIT_WEIGHTS[i]
  end
  local check = (31 - sum % 31) % 31 + 1
  return body .. CREDIT_ALPHABET:sub(check, check)
end

local agencies = {}
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local counter = 0
statuses = {} -- globals: done() reads them from each thread
codes = {}

function init(args)
  for id in string.gmatch(os.getenv("BENCH_AGENCIES") or "", "%d+") do
    table.insert(agencies, id)
  end
  if #agencies == 0 then
    error("BENCH_AGENCIES is empty")
  end
  math.randomseed(os.time() + thread_no)
end

function request()
  counter = counter + 1
  local n = thread_no * 10000000 + counter
  local agency = agencies[counter % #agencies + 1]
  local name = SURNAMES[n % #SURNAMES + 1] .. GIVEN[idiv(n, 10) % #GIVEN + 1]
  local topic = TOPICS[idiv(n, 7) % #TOPICS + 1]
  local applicant
  if counter % 5 == 0 then
    applicant = string.format(
      '"applicantType":"%s","name":"南阳%s有限公司","idType":"CREDIT_CODE","idNumber":"%s","contactPerson":"%s",'
      .. '"phone":"0377-6%07d","email":"org%d@example.cn","address":"南阳市卧龙区人民路%d号","postcode":"473000"',
      ORG_TYPES[idiv(n, 5) % #ORG_TYPES + 1], name, credit_code(n), name, n % 10000000, n, n % 500 + 1)
  else
    applicant = string.format(
      '"applicantType":"NATURAL_PERSON","name":"%s","idType":"RESIDENT_ID","idNumber":"%s",'
      .. '"phone":"139%08d","email":"p%d@example.cn","address":"南阳市卧龙区建设路%d号","postcode":"473000"',
      name, identity_number(n), n % 100000000, n, n % 500 + 1)
  end
  local body = string.format(
    '{"agencyId":%s,"application":{%s,"title":"%s","documentNumber":"宛龙政〔2025〕%d号",'
    .. '"description":"申请获取%s的全文，用于了解相关政策执行情况。","formWanted":"ELECTRONIC","deliveryWanted":"ONLINE"}}',
    agency, applicant, topic, n % 300 + 1, topic)
  local headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, thread_no, counter),
  }
  return wrk.format("POST", "/api/v1/public/requests", headers, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 or status == 200 then
    local code = body:match('"trackingCode":"([%w-]+)"')
    if code then
      codes[#codes + 1] = code
    end
  end
end

function done(summary, latency, requests)
  local counts = {}
  local out = os.getenv("BENCH_CODES") and io.open(os.getenv("BENCH_CODES"), "w")
  for _, thread in ipairs(threads) do
    if out then
      for _, code in ipairs(thread:get("codes")) do
        out:write(code, "\n")
      end
    end
    local per = thread:get("statuses")
    for status, n in pairs(per) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  if out then
    out:close()
  end
  local parts = {}
  for status, n in pairs(counts) do
    table.insert(parts, string.format('"%d":%d', status, n))
  end
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'RESULT {"seconds":%.3f,"requests":%d,"statuses":{%s},"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,'
    .. '"timeout":%d},"latencyMs":{"p50":%.2f,"p90":%.2f,"p99":%.2f,"max":%.2f,"mean":%.2f}}\n',
    seconds, summary.requests, table.concat(parts, ","), summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
