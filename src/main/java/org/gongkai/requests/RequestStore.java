package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Loads and saves applications: refreshes the derived due-date index, saves (the
 * {@code @Version} column rejects a concurrent change) and publishes the events the verbs
 * queued, inside the caller's transaction so that the audit trail and the case history
 * commit or roll back with the change.
 */
@Component
class RequestStore {

	private final InformationRequests requests;

	private final RequestDeadlines requestDeadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestStore(InformationRequests requests, RequestDeadlines requestDeadlines, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.requestDeadlines = requestDeadlines;
		this.events = events;
		this.clock = clock;
	}

	InformationRequest load(long id) {
		return requests.findById(id).orElseThrow(() -> new RecordNotFound("申请", id));
	}

	/**
	 * Refuses a change that the caller based on {@code expectedVersion} (from a form or
	 * an {@code If-Match} header) when someone else changed the application since, rather
	 * than silently overwriting. Called only after access is checked, so that another
	 * agency's staff learn nothing of an application's versions (a 404 comes first).
	 */
	static void checkVersion(InformationRequest request, Integer expectedVersion) {
		if (expectedVersion != null && !expectedVersion.equals(request.getVersion())) {
			throw new OptimisticLockingFailureException(
					"申请 " + request.getId() + " 已被他人修改（版本 " + request.getVersion() + "，提交的是 " + expectedVersion + "）");
		}
	}

	InformationRequest save(InformationRequest request) {
		LocalDate today = LocalDate.now(clock);
		request.updateDueIndex(requestDeadlines.dueIndex(request, today), requestDeadlines.pauseIndex(request, today));
		request.updateClosedInTime(
				request.getStatus().isDisposed() ? requestDeadlines.read(request, today).inTime() : null);
		InformationRequest saved = requests.save(request);
		publish(saved.drainEvents());
		return saved;
	}

	void publish(List<RequestEvent> queued) {
		queued.forEach(events::publishEvent);
	}

}
