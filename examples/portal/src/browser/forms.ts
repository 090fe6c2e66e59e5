// The pages' one script: registers every Honoraria element (the same as a CMS's script tag).
import '@honoraria/forms/define';
