/**
 * The FSRS optimiser in a process of its own (forked by apps/api/src/parameters/optimiser-runner.ts).
 * fsrs-rs is native code: some inputs make it panic and abort the whole process, so it never runs
 * inside the API. Receives one message { items: [{ reviews: [{ rating, deltaT }] }], enableShortTerm,
 * numRelearningSteps }, answers { weights } or { error }, and exits.
 */
process.once('message', async (message) => {
  try {
    const { computeParameters, FSRSBindingItem, FSRSBindingReview } = require('@open-spaced-repetition/binding');
    const items = message.items.map(
      (item) => new FSRSBindingItem(item.reviews.map((r) => new FSRSBindingReview(r.rating, r.deltaT))),
    );
    const weights = await computeParameters(items, {
      enableShortTerm: message.enableShortTerm !== false,
      numRelearningSteps: message.numRelearningSteps ?? 1,
    });
    process.send({ weights: Array.from(weights) }, () => process.exit(0));
  } catch (error) {
    process.send({ error: String((error && error.message) || error) }, () => process.exit(1));
  }
});
