package dev.chat.bench.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Counters of everything the generator saw besides deliveries: failed connects, unexpected
 * closes, frames it did not expect, and the codec cross-checks of sampled deliveries. Touched
 * only on the generator's event loop thread.
 */
final class GeneratorStats {
  long connectFailures;
  long disconnects;
  long otherFrames;
  long serverErrors;
  long codecChecks;
  long codecMismatches;
  long toleratedOpens;
  /** Set when the generator itself starts closing its sockets: closes after that are not disconnects. */
  volatile boolean closing;
  String firstProblem = "";
  String firstNote = "";

  void note(String what) {
    if (firstNote.isEmpty()) {
      firstNote = what;
    }
  }

  void problem(String what) {
    if (firstProblem.isEmpty()) {
      firstProblem = what;
    }
  }

  void writeTo(ObjectNode node) {
    node.put("connect_failures", connectFailures);
    node.put("disconnects", disconnects);
    node.put("other_frames", otherFrames);
    node.put("server_errors", serverErrors);
    node.put("codec_checks", codecChecks);
    node.put("codec_mismatches", codecMismatches);
    node.put("first_problem", firstProblem);
    node.put("tolerated_opens", toleratedOpens);
    node.put("first_note", firstNote);
  }
}
