export default defineBackground(() => {
  // Muffin's background: receives the coach's messages. Filled in by the inline coach.
});
