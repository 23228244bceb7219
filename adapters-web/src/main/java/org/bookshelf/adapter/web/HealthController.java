package org.bookshelf.adapter.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}: 200 {@code {"status":"UP"}} while the store answers, a 503 problem otherwise. */
@RestController
class HealthController {

    private final StoreProbe storeProbe;

    HealthController(StoreProbe storeProbe) {
        this.storeProbe = storeProbe;
    }

    @GetMapping("/health")
    ResponseEntity<?> health() {
        if (storeProbe.storeAnswers()) {
            return ResponseEntity.ok(HealthResponse.UP);
        }
        ProblemDetail down = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The catalogue's store does not answer.");
        down.setType(ProblemTypes.STORE_UNAVAILABLE);
        down.setTitle("Store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(down);
    }
}
