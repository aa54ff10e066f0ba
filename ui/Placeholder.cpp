void skoldialogUiPlaceholder() {}
